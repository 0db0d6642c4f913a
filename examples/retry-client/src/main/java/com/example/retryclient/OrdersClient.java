package com.example.retryclient;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.ThreadLocalRandom;

/** Retries a POST that carries no idempotency key: a lost response means a second order. */
public class OrdersClient {

    public String create(String orderJson) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(Api.BASE.resolve("orders"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(orderJson))
                .build();
        long delay = Api.BASE_DELAY_MS;
        for (int attempt = 1; attempt <= Api.MAX_ATTEMPTS; attempt++) { // apistatus: retry-non-idempotent (deliberate)
            try {
                return Api.HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
            } catch (IOException e) {
                if (attempt == Api.MAX_ATTEMPTS) {
                    throw e;
                }
                Thread.sleep(ThreadLocalRandom.current().nextLong(delay / 2, delay + 1));
                delay = Math.min(delay * 2, Api.MAX_DELAY_MS);
            }
        }
        throw new IllegalStateException("unreachable");
    }
}
