package dev.apistatus.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A construct in client code that repeats HTTP calls: a hand-written loop or recursion, or a retry library
 * configured in code, annotations or {@code application.yml}. What static reading could not settle is UNKNOWN, and
 * the retry rules stay silent on it.
 *
 * @param kind        what the construct is
 * @param description how messages name it: {@code the while loop in PaymentClient.charge},
 *                    {@code @Retryable on OrderClient.create}
 * @param location    the construct itself (the loop statement, the annotation, the builder or constructor call,
 *                    the recursive call): where findings land
 * @param bound       how many attempts, or how long
 * @param delay       how the wait between attempts behaves
 * @param retriesOn   which failures start another attempt
 * @param retryAfter  whether the wait honours a {@code Retry-After} response header
 * @param calls       the HTTP calls repeated (empty when they could not be linked to the construct)
 * @param httpClient  true when the construct belongs to an HTTP client itself (Feign's Retryer, an Apache
 *                    HttpClient retry strategy), so it repeats HTTP calls even when none is linked
 * @param idempotentOnly true when the library itself repeats only idempotent requests, or only requests that
 *                    were never sent (Apache HttpClient's default handlers)
 * @param related     places that explain the construct: the {@code application.yml} entry that configures it, the
 *                    bean that defines the policy
 */
public record RetryConstruct(Kind kind, String description, SourceLocation location, Bound bound, Delay delay,
                             Condition retriesOn, Tri retryAfter, List<HttpCall> calls, boolean httpClient,
                             boolean idempotentOnly, List<SourceLocation> related) {

    /** The kinds of retry the reader recognises. */
    public enum Kind {
        LOOP("loop"),
        RECURSION("recursion"),
        SPRING_RETRY("Spring Retry"),
        SPRING_CORE_RETRY("Spring Framework retry"),
        RESILIENCE4J("Resilience4j"),
        FAILSAFE("Failsafe"),
        MICROPROFILE("MicroProfile Fault Tolerance"),
        REACTOR("Reactor"),
        FEIGN("Feign"),
        APACHE_HTTPCLIENT("Apache HttpClient");

        private final String title;

        Kind(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    public RetryConstruct {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(location, "location");
        calls = List.copyOf(calls);
        related = List.copyOf(related);
    }

    /**
     * True when the construct repeats HTTP calls at all: it wraps at least one (or belongs to an HTTP client), and
     * its bound allows a second attempt. A loop up to {@code MAX_RETRIES = 0} is no retry.
     */
    public boolean isRetry() {
        return (httpClient || !calls.isEmpty()) && !bound.allowsNoRetry();
    }

    /**
     * How many attempts, first one included, or how long.
     *
     * @param kind     ATTEMPTS (a count: {@code attempts} when known, else -1), TIME (a total-time cap),
     *                 UNBOUNDED, UNKNOWN
     * @param attempts the total number of attempts, first included; -1 when not known
     * @param mayNotRetry true when a cap was seen but its value may allow no retry at all (a constant of 0 or 1
     *                 in a condition the reader could not count through)
     * @param detail   what the bound comes from: {@code maxAttempts = 5}, {@code while (true)}
     */
    public record Bound(BoundKind kind, long attempts, boolean mayNotRetry, String detail) {

        public static Bound attempts(long attempts, String detail) {
            return new Bound(BoundKind.ATTEMPTS, attempts, false, detail);
        }

        public static Bound capped(String detail) {
            return new Bound(BoundKind.ATTEMPTS, -1, false, detail);
        }

        public static Bound time(String detail) {
            return new Bound(BoundKind.TIME, -1, false, detail);
        }

        public static Bound unbounded(String detail) {
            return new Bound(BoundKind.UNBOUNDED, -1, false, detail);
        }

        public static Bound unknown(String detail) {
            return new Bound(BoundKind.UNKNOWN, -1, false, detail);
        }

        public boolean allowsNoRetry() {
            return mayNotRetry || kind == BoundKind.ATTEMPTS && attempts >= 0 && attempts <= 1;
        }

        /** True when at least {@code n} attempts are certain to be allowed (or there is no cap). */
        public boolean atLeast(long n) {
            return kind == BoundKind.UNBOUNDED || kind == BoundKind.ATTEMPTS && attempts >= n;
        }
    }

    public enum BoundKind { ATTEMPTS, TIME, UNBOUNDED, UNKNOWN }

    /**
     * The wait between attempts.
     *
     * @param model   NONE (no wait), CONSTANT, GROWING (grows, not exponentially), EXPONENTIAL, UNKNOWN
     * @param jitter  whether the wait is randomised
     * @param detail  what the wait comes from: {@code Thread.sleep(1000)}, {@code @Backoff default: 1000 ms}
     */
    public record Delay(DelayModel model, Tri jitter, String detail) {

        public static Delay none(String detail) {
            return new Delay(DelayModel.NONE, Tri.NO, detail);
        }

        public static Delay constant(Tri jitter, String detail) {
            return new Delay(DelayModel.CONSTANT, jitter, detail);
        }

        public static Delay exponential(Tri jitter, String detail) {
            return new Delay(DelayModel.EXPONENTIAL, jitter, detail);
        }

        public static Delay unknown(String detail) {
            return new Delay(DelayModel.UNKNOWN, Tri.UNKNOWN, detail);
        }
    }

    public enum DelayModel { NONE, CONSTANT, GROWING, EXPONENTIAL, UNKNOWN }

    /**
     * Which failures are retried.
     *
     * @param exceptions      ALL (no classifier: every exception), CLASSIFIED (named types or a predicate), NONE (no
     *                        exception is retried), UNKNOWN
     * @param exceptionTypes  the exception types named as retryable (simple names)
     * @param exceptionDetail what decides the exceptions: {@code catch (Exception e)}, {@code retryFor left empty}
     * @param statuses        the response statuses retried, from explicit status checks, result predicates and
     *                        named exception types that stand for statuses ({@code HttpClientErrorException}: 4xx);
     *                        null when they could not be determined
     * @param statusDetail    the code that decides the statuses: {@code response.statusCode() != 200}
     */
    public record Condition(Exceptions exceptions, List<String> exceptionTypes, String exceptionDetail, StatusSet statuses,
                            String statusDetail) {

        public Condition {
            exceptionTypes = List.copyOf(exceptionTypes);
        }

        /** One detail for both. */
        public Condition(Exceptions exceptions, List<String> exceptionTypes, StatusSet statuses, String detail) {
            this(exceptions, exceptionTypes, detail, statuses, detail);
        }

        public boolean statusesKnown() {
            return statuses != null;
        }
    }

    public enum Exceptions { ALL, CLASSIFIED, NONE, UNKNOWN }
}
