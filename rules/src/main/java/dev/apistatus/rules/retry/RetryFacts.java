package dev.apistatus.rules.retry;

import dev.apistatus.core.model.HttpCall;
import dev.apistatus.core.model.RetryConstruct;
import dev.apistatus.core.model.SourceLocation;
import dev.apistatus.core.rule.RuleContext;
import java.util.ArrayList;
import java.util.List;

/** What the retry rules share: the retries to look at, how messages name them, and each library's fix. */
final class RetryFacts {

    private RetryFacts() {
    }

    /** The constructs that repeat HTTP calls (a construct whose cap allows no second attempt is no retry). */
    static List<RetryConstruct> retries(RuleContext context) {
        return context.model().retries().stream().filter(RetryConstruct::isRetry).toList();
    }

    /** {@code restTemplate.postForObject (POST)}, at most two, then "and N more". */
    static String calls(RetryConstruct r) {
        if (r.calls().isEmpty()) {
            return "the client's requests";
        }
        List<String> names = new ArrayList<>();
        for (HttpCall c : r.calls()) {
            String d = c.describe();
            if (!names.contains(d)) {
                names.add(d);
            }
        }
        if (names.size() <= 2) {
            return String.join(" and ", names);
        }
        return names.get(0) + ", " + names.get(1) + " and " + (names.size() - 2) + " more";
    }

    /** The calls' locations and the construct's own related places (its application.yml entry). */
    static List<SourceLocation> related(RetryConstruct r) {
        List<SourceLocation> out = new ArrayList<>(r.related());
        for (HttpCall c : r.calls()) {
            if (!c.location().equals(r.location()) && !out.contains(c.location())) {
                out.add(c.location());
            }
        }
        return out;
    }

    /** Capitalised description for the start of a message. */
    static String subject(RetryConstruct r) {
        String d = r.description();
        return d.isEmpty() ? d : Character.toUpperCase(d.charAt(0)) + d.substring(1);
    }

    static boolean annotation(RetryConstruct r) {
        return r.description().startsWith("@");
    }

    static boolean configuredInYaml(RetryConstruct r) {
        return r.kind() == RetryConstruct.Kind.RESILIENCE4J && (annotation(r) || r.description().startsWith("the Resilience4j retry"));
    }

    /** How to back off exponentially with jitter, in the construct's own terms. */
    static String backoffFix(RetryConstruct r) {
        return switch (r.kind()) {
            case SPRING_RETRY -> annotation(r) ? "@Backoff(delay=200, multiplier=2, random=true, maxDelay=10000)"
                    : ".exponentialBackoff(200, 2, 10000, true) on the RetryTemplate builder";
            case SPRING_CORE_RETRY -> annotation(r) ? "@Retryable(delay = 200, multiplier = 2, jitter = 100, maxDelay = 10000)"
                    : "RetryPolicy.builder().delay(Duration.ofMillis(200)).multiplier(2).jitter(Duration.ofMillis(100)).maxDelay(Duration.ofSeconds(10))";
            case RESILIENCE4J -> configuredInYaml(r)
                    ? "enable-exponential-backoff: true, exponential-backoff-multiplier: 2 and enable-randomized-wait: true on the instance"
                    : ".intervalFunction(IntervalFunction.ofExponentialRandomBackoff(Duration.ofMillis(200), 2, 0.5))";
            case FAILSAFE -> ".withBackoff(Duration.ofMillis(200), Duration.ofSeconds(10)).withJitter(0.5)";
            case MICROPROFILE -> "SmallRye Fault Tolerance's @ExponentialBackoff (factor 2) with a jitter on the @Retry";
            case REACTOR -> ".retryWhen(Retry.backoff(3, Duration.ofMillis(200))) (it randomises by 0.5 by default)";
            case FEIGN -> "new Retryer.Default(100, SECONDS.toMillis(10), 5), whose interval grows by 1.5 per attempt";
            case APACHE_HTTPCLIENT -> "a retry strategy whose interval grows with the attempt (override getRetryInterval)";
            default -> "sleep min(cap, base * 2^attempt) scaled by a random factor, e.g. base=200 ms, cap=10 s, "
                    + "ThreadLocalRandom.current().nextLong(delay / 2, delay + 1)";
        };
    }

    /** How to add jitter to an exponential backoff. */
    static String jitterFix(RetryConstruct r) {
        return switch (r.kind()) {
            case SPRING_RETRY -> annotation(r) ? "add random=true to the @Backoff"
                    : "pass true as exponentialBackoff's fourth argument (ExponentialRandomBackOffPolicy)";
            case SPRING_CORE_RETRY -> annotation(r) ? "set jitter on the @Retryable (e.g. jitter = 100)" : "add .jitter(Duration.ofMillis(100)) to the RetryPolicy";
            case RESILIENCE4J -> configuredInYaml(r) ? "add enable-randomized-wait: true to the instance"
                    : "use IntervalFunction.ofExponentialRandomBackoff(..) instead of ofExponentialBackoff(..)";
            case FAILSAFE -> "add .withJitter(0.5) to the RetryPolicy";
            case MICROPROFILE -> "set a jitter on the @Retry";
            case REACTOR -> "drop .jitter(0) (Retry.backoff randomises by 0.5 by default)";
            case FEIGN -> "Retryer.Default has no jitter: implement a Retryer whose interval is randomised";
            default -> "scale each delay by a random factor, e.g. ThreadLocalRandom.current().nextLong(delay / 2, delay + 1)";
        };
    }

    /** How to retry only transient failures. */
    static String classifyFix(RetryConstruct r) {
        return switch (r.kind()) {
            case SPRING_RETRY -> annotation(r) ? "retryFor = {ResourceAccessException.class, HttpServerErrorException.class}"
                    : ".retryOn(List.of(ResourceAccessException.class, HttpServerErrorException.class)) on the builder";
            case SPRING_CORE_RETRY -> annotation(r) ? "includes = {ResourceAccessException.class, HttpServerErrorException.class}"
                    : ".includes(ResourceAccessException.class, HttpServerErrorException.class) on the RetryPolicy builder";
            case RESILIENCE4J -> configuredInYaml(r) ? "retry-exceptions: [java.io.IOException, ...] on the instance"
                    : ".retryExceptions(IOException.class, ...) on the RetryConfig";
            case FAILSAFE -> ".handle(IOException.class, ...) on the RetryPolicy";
            case MICROPROFILE -> "retryOn = {IOException.class, ...}";
            case REACTOR -> "retryWhen(Retry.backoff(3, Duration.ofMillis(200)).filter(e -> e instanceof WebClientRequestException))";
            default -> "catch the transient failures (IOException, the 5xx exception of the client) instead of "
                    + "Exception, and let the rest propagate";
        };
    }
}
