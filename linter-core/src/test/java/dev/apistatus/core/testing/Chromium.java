package dev.apistatus.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A headless Chromium driven over the Chrome DevTools Protocol with the JDK's own HTTP and WebSocket clients: enough
 * to load a page, evaluate script in it, click at an element's position like a user's mouse, and take a screenshot.
 * It talks to 127.0.0.1 only; the browser is started with its network features off and a fresh profile.
 */
public final class Chromium implements AutoCloseable {

    /** Set to anything to make a missing browser fail the test instead of skipping it (CI sets it). */
    public static final String REQUIRE_ENV = "APISTATUS_REQUIRE_BROWSER";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<String> events = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** The browser executable: {@code $APISTATUS_CHROMIUM}, else the first of the usual names on the PATH. */
    public static Optional<Path> find() {
        String configured = System.getenv("APISTATUS_CHROMIUM");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(Files::isExecutable);
        }
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String name : List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    public static Chromium start(Path executable, int width, int height) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("apistatus-chromium-");
        List<String> command = List.of(executable.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-extensions", "--disable-dev-shm-usage", "--hide-scrollbars",
                "--user-data-dir=" + profile, "--remote-debugging-port=0", "--remote-debugging-address=127.0.0.1",
                "--window-size=" + width + "," + height, "about:blank");
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            URI browser = URI.create(awaitListening(process));
            String http = "http://127.0.0.1:" + browser.getPort();
            HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
            JsonNode targets = JSON.readTree(client.send(HttpRequest.newBuilder(URI.create(http + "/json/list"))
                    .timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString()).body());
            String page = null;
            for (JsonNode target : targets) {
                if ("page".equals(target.path("type").asText())) {
                    page = target.path("webSocketDebuggerUrl").asText();
                    break;
                }
            }
            if (page == null) {
                throw new IOException("Chromium offers no page target: " + targets);
            }
            return new Chromium(process, profile, client, URI.create(page));
        } catch (IOException | InterruptedException | RuntimeException e) {
            process.destroyForcibly();
            deleteTree(profile);
            throw e;
        }
    }

    /** Reads the browser's stderr until it says where DevTools listens; the rest of stderr is drained in the background. */
    private static String awaitListening(Process process) throws IOException, InterruptedException {
        BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> url = new CompletableFuture<>();
        List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try {
                String line;
                while ((line = err.readLine()) != null) {
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) {
                        url.complete(m.group(1));
                    } else if (seen.size() < 50) {
                        seen.add(line);
                    }
                }
            } catch (IOException ignored) {
                // the browser went away
            }
            url.completeExceptionally(new IOException("Chromium exited without a DevTools address: " + seen));
        }, "chromium-stderr");
        reader.setDaemon(true);
        reader.start();
        try {
            return url.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException(e.getCause().getMessage(), e.getCause());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IOException("Chromium did not start within " + TIMEOUT + ": " + seen);
        }
    }

    private Chromium(Process process, Path profile, HttpClient client, URI page) throws IOException {
        this.process = process;
        this.profile = profile;
        try {
            this.socket = client.newWebSocketBuilder().connectTimeout(TIMEOUT)
                    .buildAsync(page, new Listener()).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IOException("cannot connect to Chromium's page at " + page + ": " + e, e);
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String message = partial.toString();
                partial.setLength(0);
                try {
                    JsonNode node = JSON.readTree(message);
                    if (node.has("id")) {
                        CompletableFuture<JsonNode> future = pending.remove(node.get("id").asInt());
                        if (future != null) {
                            future.complete(node);
                        }
                    } else {
                        events.add(node.path("method").asText());
                    }
                } catch (IOException e) {
                    // not JSON: ignore
                }
            }
            webSocket.request(1);
            return null;
        }
    }

    /** Sends one command and waits for its result; a protocol error fails. */
    public JsonNode send(String method, Map<String, ?> params) throws IOException {
        int id = ids.incrementAndGet();
        ObjectNode message = JSON.createObjectNode();
        message.put("id", id);
        message.put("method", method);
        message.set("params", JSON.valueToTree(params));
        CompletableFuture<JsonNode> future = new CompletableFuture<>();
        pending.put(id, future);
        try {
            socket.sendText(JSON.writeValueAsString(message), true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            JsonNode reply = future.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            if (reply.has("error")) {
                throw new IOException(method + " failed: " + reply.get("error"));
            }
            return reply.path("result");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(method + " interrupted", e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IOException(method + " got no answer: " + e, e);
        }
    }

    /** Loads a URL and waits until the document has loaded (or, for a fragment change, until the script ran). */
    public void navigate(String url) throws IOException, InterruptedException {
        send("Page.navigate", Map.of("url", url));
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode state = evaluate("document.readyState + '|' + location.href");
            if (state.asText().equals("complete|" + url)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IOException("the page did not load: " + url);
    }

    /** The value of a script expression (returned by value: strings, numbers, booleans, arrays, plain objects). */
    public JsonNode evaluate(String expression) throws IOException {
        JsonNode result = send("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true,
                "awaitPromise", true));
        if (result.has("exceptionDetails")) {
            throw new IOException("script failed: " + expression + ": " + result.get("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    /** Waits until a script expression is true (e.g. until an event handler has run). */
    public void waitFor(String expression) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (evaluate("!!(" + expression + ")").asBoolean()) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IOException("still false after " + TIMEOUT + ": " + expression);
    }

    /** Clicks the middle of the element a CSS selector finds, with mouse events as a user's click makes them. */
    public void click(String selector) throws IOException {
        JsonNode box = evaluate("(function () { var e = document.querySelector(" + JSON.valueToTree(selector)
                + "); if (!e) { return null; } e.scrollIntoView({block: 'center'});"
                + " var r = e.getBoundingClientRect(); return {x: r.left + r.width / 2, y: r.top + r.height / 2}; })()");
        if (box.isNull() || box.isMissingNode()) {
            throw new IOException("nothing to click: " + selector);
        }
        double x = box.get("x").asDouble();
        double y = box.get("y").asDouble();
        send("Input.dispatchMouseEvent", Map.of("type", "mouseMoved", "x", x, "y", y));
        send("Input.dispatchMouseEvent", Map.of("type", "mousePressed", "x", x, "y", y, "button", "left",
                "clickCount", 1));
        send("Input.dispatchMouseEvent", Map.of("type", "mouseReleased", "x", x, "y", y, "button", "left",
                "clickCount", 1));
    }

    /** Saves a PNG of the page (the whole page when {@code fullPage}). */
    public void screenshot(Path file, boolean fullPage) throws IOException {
        JsonNode result = send("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", fullPage));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, Base64.getDecoder().decode(result.get("data").asText()));
    }

    @Override
    public void close() {
        try {
            send("Browser.close", Map.of());
        } catch (IOException | RuntimeException e) {
            // it is going away anyway
        }
        socket.abort();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        deleteTree(profile);
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> paths = new ArrayList<>(walk.sorted(Comparator.reverseOrder()).toList());
            for (Path p : paths) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a leftover temporary profile is harmless
        }
    }
}
