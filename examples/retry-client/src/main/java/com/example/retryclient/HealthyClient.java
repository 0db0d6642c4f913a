package com.example.retryclient;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A retry that does everything right: an idempotency key reused on every attempt, a capped number of attempts,
 * exponential backoff with jitter, Retry-After honoured, and only 408, 425, 429 and 5xx retried.
 */
public class HealthyClient {

    private static final Set<Integer> RETRYABLE = Set.of(408, 425, 429, 500, 502, 503, 504);

    public String pay(String paymentJson) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(Api.BASE.resolve("payments"))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(paymentJson))
                .build();
        long delay = Api.BASE_DELAY_MS;
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> response;
            try {
                response = Api.HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                if (attempt >= Api.MAX_ATTEMPTS) {
                    throw e;
                }
                Thread.sleep(ThreadLocalRandom.current().nextLong(delay / 2, delay + 1));
                delay = Math.min(delay * 2, Api.MAX_DELAY_MS);
                continue;
            }
            int status = response.statusCode();
            if (status < 300) {
                return response.body();
            }
            if (!RETRYABLE.contains(status) || attempt >= Api.MAX_ATTEMPTS) {
                throw new IOException("payment failed with " + status);
            }
            long wait = response.headers().firstValue("Retry-After").map(s -> Long.parseLong(s) * 1000)
                    .orElse(ThreadLocalRandom.current().nextLong(delay / 2, delay + 1));
            Thread.sleep(wait);
            delay = Math.min(delay * 2, Api.MAX_DELAY_MS);
        }
    }

    /** Paging is no retry: it repeats on success. */
    public int countProducts() throws IOException, InterruptedException {
        int total = 0;
        String next = Api.BASE.resolve("products?page=1").toString();
        while (next != null) {
            HttpResponse<String> response = Api.HTTP.send(HttpRequest.newBuilder(java.net.URI.create(next)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException("page failed with " + response.statusCode());
            }
            total += response.body().length();
            next = response.headers().firstValue("Link").orElse(null);
        }
        return total;
    }
}
