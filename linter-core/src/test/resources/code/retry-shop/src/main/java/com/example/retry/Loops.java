package com.example.retry;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

public class Loops {

    private static final int MAX_RETRIES = 0;
    private static final int MAX_ATTEMPTS = 5;
    private static final Set<Integer> RETRYABLE = Set.of(408, 425, 429, 500, 502, 503, 504);

    private final HttpClient http = HttpClient.newHttpClient();

    /** POST, no key, fixed sleep, every exception, no limit. */
    String submit(String body) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("https://api.example.com/orders"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        while (true) {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 201) {
                    return response.body();
                }
            } catch (Exception e) {
                // try again
            }
            Thread.sleep(1000);
        }
    }

    /** Everything right. */
    String charge(String body) throws IOException, InterruptedException {
        String key = UUID.randomUUID().toString();
        HttpRequest request = HttpRequest.newBuilder(URI.create("https://api.example.com/charges"))
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        long delay = 200;
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            if (status < 300) {
                return response.body();
            }
            if (!RETRYABLE.contains(status) || attempt >= MAX_ATTEMPTS) {
                throw new IOException("failed with " + status);
            }
            long wait = response.headers().firstValue("Retry-After").map(s -> Long.parseLong(s) * 1000)
                    .orElse(Math.min(10_000, delay * (1L << attempt)));
            Thread.sleep(wait / 2 + ThreadLocalRandom.current().nextLong(wait / 2 + 1));
        }
    }

    /** A MAX_RETRIES of 0: no retry at all. */
    String once(HttpRequest request) throws IOException, InterruptedException {
        for (int attempt = 0; attempt <= MAX_RETRIES; attempt++) {
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
        throw new IOException("gave up");
    }

    /** Retries any non-2xx including 4xx, exponential without jitter, counted. */
    String fetch(String id) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("https://api.example.com/items/" + id)).GET().build();
        int attempts = 0;
        while (attempts < 4) {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 == 2) {
                return response.body();
            }
            attempts++;
            Thread.sleep((long) (100 * Math.pow(2, attempts)));
        }
        throw new IOException("no luck");
    }

    /** Paging: not a retry. */
    int page() throws IOException, InterruptedException {
        int total = 0;
        String next = "https://api.example.com/items?page=1";
        while (next != null) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(next)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException("page failed");
            }
            total += response.body().length();
            next = response.headers().firstValue("Link").orElse(null);
        }
        return total;
    }

    /** Polling a job with a deadline: not a retry. */
    String poll(String job) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("https://api.example.com/jobs/" + job)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.body().contains("\"done\"")) {
                return response.body();
            }
            Thread.sleep(2000);
        }
        throw new IOException("timed out");
    }

    /** Recursion: retries 503 by calling itself, counted by a parameter. */
    String recurse(HttpRequest request, int attempt) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 503 && attempt < 3) {
            Thread.sleep(500L * attempt);
            return recurse(request, attempt + 1);
        }
        return response.body();
    }

    String recurseEntry(HttpRequest request) throws IOException, InterruptedException {
        return recurse(request, 1);
    }
}
