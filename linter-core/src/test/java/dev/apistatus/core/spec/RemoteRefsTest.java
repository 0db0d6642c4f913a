package dev.apistatus.core.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.apistatus.core.engine.Engine;
import dev.apistatus.core.engine.LintConfig;
import dev.apistatus.core.engine.LintResult;
import dev.apistatus.core.model.Response;
import dev.apistatus.core.model.ResponseDeclaration;
import dev.apistatus.core.rule.Finding;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Remote {@code $ref}s against a local HTTP listener on loopback: never fetched unless {@code allowRemoteRefs}
 * is set; when set, fetched within the time and size limits, and a remote document can only lead to more
 * remote documents, never to a local file.
 */
class RemoteRefsTest {

    @TempDir
    Path dir;

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private final List<String> paths = new CopyOnWriteArrayList<>();
    private final Map<String, String> documents = new ConcurrentHashMap<>();
    private String base;

    @BeforeEach
    void listen() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "loopback-listener");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            String path = exchange.getRequestURI().getPath();
            paths.add(path);
            try (exchange) {
                if (path.equals("/slow.yaml")) {
                    try {
                        Thread.sleep(6_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                String body = documents.get(path);
                if (body == null) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        documents.put("/common.yaml", """
                NotFound: {description: not found remotely, headers: {X-Remote: {schema: {type: string}}}}
                Chained: {$ref: 'more/other.yaml#/Gone'}
                Escape: {$ref: '../../../etc/passwd#/x'}
                FileScheme: {$ref: 'file:///etc/passwd'}
                """);
        documents.put("/more/other.yaml", "Gone: {description: 'gone, from another remote file'}\n");
        documents.put("/slow.yaml", "Slow: {description: slow}\n");
        documents.put("/big.yaml", "Big: {description: '" + "x".repeat(10_000) + "'}\n");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private Path spec() throws IOException {
        Path file = dir.resolve("openapi.yaml");
        Files.writeString(file, """
                openapi: 3.0.3
                info: {title: t, version: '1'}
                paths:
                  /a:
                    get:
                      responses:
                        '200': {description: ok}
                        '404': {$ref: '%1$s/common.yaml#/NotFound'}
                        '410': {$ref: '%1$s/common.yaml#/Chained'}
                        '418': {$ref: '%1$s/common.yaml#/Escape'}
                        '421': {$ref: '%1$s/common.yaml#/FileScheme'}
                        '429': {$ref: '%1$s/slow.yaml#/Slow'}
                        '503': {$ref: '%1$s/big.yaml#/Big'}
                        '504': {$ref: '//127.0.0.1:%2$d/common.yaml#/NotFound'}
                """.formatted(base, server.getAddress().getPort()));
        return file;
    }

    @Test
    void remoteRefsAreReportedAndTheListenerHearsNothingByDefault() throws IOException {
        Path spec = spec();
        LintResult result = new Engine(List.of()).run(LintConfig.of(dir, List.of(spec)));
        assertThat(requests.get()).isZero();
        assertThat(result.findings()).extracting(Finding::ruleId).containsOnly("spec-unreadable");
        assertThat(result.findings()).extracting(f -> f.location().line() + " " + f.message().substring(0, 13))
                .containsExactly("8 remote $ref '", "9 remote $ref '", "10 remote $ref '", "11 remote $ref '",
                        "12 remote $ref '", "13 remote $ref '", "14 remote $ref '");
        assertThat(result.findings().get(0).message()).contains("is not fetched")
                .contains("apistatus reaches the network only with allowRemoteRefs");
        assertThat(requests.get()).isZero();
    }

    @Test
    void withAllowRemoteRefsTheyAreFetchedWithinTheLimits() throws IOException {
        Path spec = spec();
        SpecReader.Result result = new SpecReader(dir, 5_000, ReadLimits.DEFAULT.withRemoteTimeout(Duration.ofMillis(2_000)),
                true).read(List.of(spec));
        assertThat(requests.get()).isPositive();
        List<Response> responses = result.documents().get(0).operations().get(0).responses();
        ResponseDeclaration notFound = responses.get(1).declaration();
        assertThat(notFound.isResolved()).isTrue();
        assertThat(notFound.description()).isEqualTo("not found remotely");
        assertThat(notFound.location().file()).isEqualTo(base + "/common.yaml");
        assertThat(notFound.location().line()).isEqualTo(1);
        assertThat(responses.get(2).declaration().description()).isEqualTo("gone, from another remote file");
        assertThat(result.problems()).extracting(p -> p.location().line() + " " + p.message()).containsExactly(
                // a remote document's relative reference stays on its server: never a local file
                "3 remote $ref '../../../etc/passwd#/x' could not be fetched: the server answered 404",
                "4 file: $ref 'file:///etc/passwd' is not followed: refer to a file of the project by a relative path",
                "12 remote $ref '" + base + "/slow.yaml#/Slow' could not be fetched: no complete answer within 2000 ms (remoteTimeout)",
                "13 remote $ref '" + base + "/big.yaml#/Big' could not be fetched: the document is 10023 bytes, over the limit of 5000 bytes (maxSpecBytes)",
                "14 remote $ref '//127.0.0.1:" + server.getAddress().getPort() + "/common.yaml#/NotFound' is not an http: or https: address: not fetched");
        // each document once
        assertThat(paths).containsOnlyOnce("/common.yaml", "/more/other.yaml");
        assertThat(result.problems().get(0).location().file()).isEqualTo(base + "/common.yaml");
    }

    @Test
    void theEngineFetchesOnlyWhenConfiguredTo() throws IOException {
        Path spec = spec();
        LintConfig config = LintConfig.of(dir, List.of(spec));
        assertThat(config.allowRemoteRefs()).isFalse();
        new Engine(List.of()).run(config);
        assertThat(requests.get()).isZero();
        new Engine(List.of()).run(config.withAllowRemoteRefs(true)
                .withReadLimits(ReadLimits.DEFAULT.withRemoteTimeout(Duration.ofMillis(2_000))));
        assertThat(paths).contains("/common.yaml");
    }
}
