package com.example.retryclient;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.ThreadLocalRandom;

/** Catches Exception: a NullPointerException is retried like a timeout. */
public class QuoteClient {

    public String quote(String id) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(Api.BASE.resolve("quotes/" + id)).GET().build();
        long delay = Api.BASE_DELAY_MS;
        for (int attempt = 1; attempt <= Api.MAX_ATTEMPTS; attempt++) { // apistatus: retry-all-exceptions (deliberate)
            try {
                return Api.HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
            } catch (Exception e) {
                Thread.sleep(ThreadLocalRandom.current().nextLong(delay / 2, delay + 1));
                delay = Math.min(delay * 2, Api.MAX_DELAY_MS);
            }
        }
        throw new IllegalStateException("no quote for " + id);
    }
}
