package dev.apistatus.core.code.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.ParserConfiguration;
import dev.apistatus.core.code.CodeReader;
import dev.apistatus.core.model.HttpCall;
import dev.apistatus.core.model.HttpMethod;
import dev.apistatus.core.model.RetryConstruct;
import dev.apistatus.core.model.RetryConstruct.BoundKind;
import dev.apistatus.core.model.RetryConstruct.DelayModel;
import dev.apistatus.core.model.RetryConstruct.Exceptions;
import dev.apistatus.core.model.StatusSet;
import dev.apistatus.core.model.Tri;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The retry reader over the sample project {@code code/retry-shop}: one construct of each kind. */
class ClientReaderTest {

    static final Path SHOP = Path.of("src/test/resources/code/retry-shop");
    static final String DIR = "src/main/java/com/example/retry/";
    static List<RetryConstruct> retries;

    @BeforeAll
    static void read() {
        CodeReader.Result result = CodeReader.read(SHOP, List.of(SHOP.resolve("src/main/java")), ParserConfiguration.LanguageLevel.JAVA_21);
        assertThat(result.problems()).isEmpty();
        retries = result.retries();
    }

    /** The construct at {@code File.java:line}. */
    private static RetryConstruct at(String fileAndLine) {
        return retries.stream().filter(r -> (r.location().file() + ":" + r.location().line()).equals(DIR + fileAndLine)).findFirst()
                .orElseThrow(() -> new AssertionError(fileAndLine + " not among " + retries.stream()
                        .map(r -> r.location().file().replace(DIR, "") + ":" + r.location().line() + " " + r.description()).toList()));
    }

    private static boolean present(String fileAndLine) {
        return retries.stream().anyMatch(r -> (r.location().file() + ":" + r.location().line()).equals(DIR + fileAndLine));
    }

    @Test
    void loopThatDoesEverythingWrong() {
        RetryConstruct r = at("Loops.java:27");
        assertThat(r.kind()).isEqualTo(RetryConstruct.Kind.LOOP);
        assertThat(r.description()).isEqualTo("the while loop in Loops.submit");
        assertThat(r.bound().kind()).isEqualTo(BoundKind.UNBOUNDED);
        assertThat(r.delay().model()).isEqualTo(DelayModel.CONSTANT);
        assertThat(r.retriesOn().exceptions()).isEqualTo(Exceptions.ALL);
        assertThat(r.retryAfter()).isEqualTo(Tri.NO);
        HttpCall call = r.calls().get(0);
        assertThat(call.client()).isEqualTo(HttpCall.Client.JDK_HTTP_CLIENT);
        assertThat(call.method()).isEqualTo(HttpMethod.POST);
        assertThat(call.headers()).containsExactly("content-type");
        assertThat(call.sends(Set.of("Idempotency-Key"))).isEqualTo(Tri.NO);
    }

    @Test
    void loopThatDoesEverythingRight() {
        RetryConstruct r = at("Loops.java:48");
        assertThat(r.bound().kind()).isEqualTo(BoundKind.ATTEMPTS);
        assertThat(r.bound().attempts()).isEqualTo(5);
        assertThat(r.delay().model()).isEqualTo(DelayModel.EXPONENTIAL);
        assertThat(r.delay().jitter()).isEqualTo(Tri.YES);
        assertThat(r.retriesOn().statuses()).isEqualTo(StatusSet.of(408, 425, 429, 500, 502, 503, 504));
        assertThat(r.retriesOn().exceptions()).isEqualTo(Exceptions.NONE);
        assertThat(r.retryAfter()).isEqualTo(Tri.YES);
        assertThat(r.calls().get(0).sends(Set.of("Idempotency-Key"))).isEqualTo(Tri.YES);
    }

    @Test
    void zeroRetriesIsNoRetryAndPagingAndPollingAreNotRetries() {
        RetryConstruct once = at("Loops.java:65");
        assertThat(once.bound().attempts()).isEqualTo(1);
        assertThat(once.isRetry()).isFalse();
        assertThat(present("Loops.java:95")).as("paging").isFalse();
        assertThat(present("Loops.java:111")).as("polling with a deadline").isFalse();
    }

    @Test
    void statusConditionsAndRecursion() {
        RetryConstruct fetch = at("Loops.java:79");
        assertThat(fetch.retriesOn().statuses()).isEqualTo(StatusSet.range(400, 599));
        assertThat(fetch.bound().attempts()).isEqualTo(4);
        assertThat(fetch.delay().model()).isEqualTo(DelayModel.EXPONENTIAL);
        assertThat(fetch.delay().jitter()).isEqualTo(Tri.NO);

        RetryConstruct recursion = at("Loops.java:125");
        assertThat(recursion.kind()).isEqualTo(RetryConstruct.Kind.RECURSION);
        assertThat(recursion.bound().attempts()).isEqualTo(3);
        assertThat(recursion.retriesOn().statuses()).isEqualTo(StatusSet.of(503));
        assertThat(recursion.delay().model()).isEqualTo(DelayModel.GROWING);
    }

    @Test
    void springRetryAnnotationsWithTheirDefaults() {
        RetryConstruct create = at("SpringRetryClient.java:20");
        assertThat(create.bound().attempts()).isEqualTo(3);
        assertThat(create.delay().model()).isEqualTo(DelayModel.CONSTANT);
        assertThat(create.delay().detail()).contains("1000 ms");
        assertThat(create.retriesOn().exceptions()).isEqualTo(Exceptions.ALL);
        assertThat(create.calls()).extracting(HttpCall::method).containsExactly(HttpMethod.POST);

        RetryConstruct pay = at("SpringRetryClient.java:25");
        assertThat(pay.bound().attempts()).isEqualTo(4);
        assertThat(pay.delay().model()).isEqualTo(DelayModel.EXPONENTIAL);
        assertThat(pay.delay().jitter()).isEqualTo(Tri.YES);
        assertThat(pay.retriesOn().statuses()).isEqualTo(StatusSet.series(5));
        assertThat(pay.calls().get(0).sends(Set.of("Idempotency-Key"))).isEqualTo(Tri.YES);

        assertThat(at("SpringRetryClient.java:33").retriesOn().statuses()).isEqualTo(StatusSet.series(4));
    }

    @Test
    void retryTemplateBeanIsLinkedToItsInjectedUse() {
        RetryConstruct t = at("TemplateConfig.java:12");
        assertThat(t.bound().attempts()).isEqualTo(5);
        assertThat(t.delay().model()).isEqualTo(DelayModel.CONSTANT);
        assertThat(t.calls()).singleElement().satisfies(c -> {
            assertThat(c.client()).isEqualTo(HttpCall.Client.REST_CLIENT);
            assertThat(c.method()).isEqualTo(HttpMethod.PATCH);
            assertThat(c.location().file()).endsWith("TemplateUser.java");
            assertThat(c.headersComplete()).isTrue();
        });
    }

    @Test
    void resilience4jFromApplicationYmlAndFromCode() {
        RetryConstruct yml = at("Resilience.java:16");
        assertThat(yml.bound().attempts()).isEqualTo(6);
        assertThat(yml.delay().model()).isEqualTo(DelayModel.EXPONENTIAL);
        assertThat(yml.retriesOn().exceptionTypes()).containsExactly("IOException");
        assertThat(yml.related()).extracting(l -> l.file() + ":" + l.line()).containsExactly("src/main/resources/application.yml:8");

        RetryConstruct code = at("Resilience.java:25");
        assertThat(code.bound().attempts()).isEqualTo(4);
        assertThat(code.retriesOn().statuses()).isEqualTo(StatusSet.of(404, 503));
        assertThat(code.calls()).extracting(HttpCall::method).containsExactly(HttpMethod.POST);
    }

    @Test
    void failsafeMicroProfileReactorFeignApacheAndSpringCore() {
        RetryConstruct failsafe = at("FailsafeClient.java:15");
        assertThat(failsafe.bound().kind()).isEqualTo(BoundKind.UNBOUNDED);
        assertThat(failsafe.retriesOn().statuses()).isEqualTo(StatusSet.of(503));

        RetryConstruct mp = at("InventoryApi.java:15");
        assertThat(mp.bound().attempts()).isEqualTo(4);
        assertThat(mp.delay().model()).isEqualTo(DelayModel.CONSTANT);
        assertThat(mp.delay().jitter()).isEqualTo(Tri.YES);
        assertThat(mp.calls()).singleElement().satisfies(c -> assertThat(c.client()).isEqualTo(HttpCall.Client.MICROPROFILE_REST_CLIENT));
        assertThat(at("InventoryApi.java:20").calls().get(0).sends(Set.of("Idempotency-Key"))).isEqualTo(Tri.YES);
        assertThat(at("InventoryApi.java:24").bound().kind()).isEqualTo(BoundKind.UNBOUNDED);

        assertThat(at("ReactiveClient.java:19").bound().kind()).isEqualTo(BoundKind.UNBOUNDED);
        RetryConstruct backoff = at("ReactiveClient.java:24");
        assertThat(backoff.delay().jitter()).isEqualTo(Tri.YES);
        assertThat(backoff.retriesOn().statuses()).isEqualTo(StatusSet.of(503));

        RetryConstruct feign = at("FeignRetryConfig.java:10");
        assertThat(feign.bound().attempts()).isEqualTo(5);
        assertThat(feign.retryAfter()).isEqualTo(Tri.YES);
        assertThat(feign.calls()).extracting(HttpCall::description).containsExactly("OrdersFeign.create", "OrdersFeign.list");

        RetryConstruct handler = at("ApacheConfig.java:13");
        assertThat(handler.idempotentOnly()).isFalse();
        assertThat(handler.delay().model()).isEqualTo(DelayModel.NONE);
        RetryConstruct unavailable = at("ApacheConfig.java:14");
        assertThat(unavailable.retriesOn().statuses()).isEqualTo(StatusSet.of(503));
        assertThat(unavailable.retryAfter()).isEqualTo(Tri.NO);

        RetryConstruct interceptor = at("RetryInterceptor.java:15");
        assertThat(interceptor.retriesOn().statuses()).isEqualTo(StatusSet.range(400, 599));
        assertThat(interceptor.calls().get(0).method()).isNull();

        RetryConstruct core = at("CoreRetry.java:11");
        assertThat(core.kind()).isEqualTo(RetryConstruct.Kind.SPRING_CORE_RETRY);
        assertThat(core.bound().attempts()).isEqualTo(5);
        assertThat(core.delay().model()).isEqualTo(DelayModel.EXPONENTIAL);
    }
}
