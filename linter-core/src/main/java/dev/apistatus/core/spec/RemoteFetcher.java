package dev.apistatus.core.spec;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Fetches remote documents for {@code $ref}s, only when the configuration allows remote references. One GET per
 * document, http and https only, bounded in time (connect to last byte) and in size.
 */
final class RemoteFetcher {

    /** Why a fetch failed, in words fit for a finding. */
    static final class FetchException extends Exception {
        FetchException(String message) {
            super(message);
        }
    }

    private final Duration timeout;
    private final long maxBytes;
    private HttpClient client;

    RemoteFetcher(Duration timeout, long maxBytes) {
        this.timeout = timeout;
        this.maxBytes = maxBytes;
    }

    static boolean isHttp(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
    }

    byte[] fetch(URI uri) throws FetchException {
        if (!isHttp(uri)) {
            throw new FetchException("only http and https references are fetched");
        }
        if (client == null) {
            client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL)
                    .version(HttpClient.Version.HTTP_1_1).proxy(HttpClient.Builder.NO_PROXY).build();
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).GET()
                .header("Accept", "application/json, application/yaml, text/yaml, */*").build();
        AtomicReference<InputStream> stream = new AtomicReference<>();
        CompletableFuture<byte[]> body = client.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream())
                .thenApply(response -> {
                    stream.set(response.body());
                    try (InputStream in = response.body()) {
                        if (response.statusCode() != 200) {
                            throw new IllegalStateException("the server answered " + response.statusCode());
                        }
                        long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
                        if (declared > maxBytes) {
                            throw new IllegalStateException("the document is " + declared + " bytes, over the limit of "
                                    + maxBytes + " bytes (maxSpecBytes)");
                        }
                        return readCapped(in);
                    } catch (IOException e) {
                        throw new IllegalStateException("reading failed: " + e.getMessage());
                    }
                });
        try {
            long left = Math.max(1, deadline - System.nanoTime());
            return body.get(left, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            body.cancel(true);
            closeQuietly(stream.get());
            throw new FetchException("no complete answer within " + timeout.toMillis() + " ms (remoteTimeout)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            body.cancel(true);
            throw new FetchException("interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof java.net.http.HttpTimeoutException) {
                // the request's own timeout and the overall deadline race: one message for both
                throw new FetchException("no complete answer within " + timeout.toMillis() + " ms (remoteTimeout)");
            }
            String why = cause instanceof IllegalStateException ? cause.getMessage()
                    : cause == null ? "failed" : cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
            throw new FetchException(Texts.quote(why));
        }
    }

    private static void closeQuietly(InputStream in) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException | RuntimeException ignored) {
                // the fetch has failed already
            }
        }
    }

    private byte[] readCapped(InputStream in) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) >= 0) {
            total += n;
            if (total > maxBytes) {
                throw new IllegalStateException("the document is over the limit of " + maxBytes + " bytes (maxSpecBytes)");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
