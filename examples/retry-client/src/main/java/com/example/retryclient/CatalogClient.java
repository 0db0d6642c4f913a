package com.example.retryclient;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.ThreadLocalRandom;

/** Retries every status that is not a success: a 404 is asked for again and again. */
public class CatalogClient {

    public String product(String id) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(Api.BASE.resolve("products/" + id)).GET().build();
        long delay = Api.BASE_DELAY_MS;
        for (int attempt = 1; attempt <= Api.MAX_ATTEMPTS; attempt++) { // apistatus: retry-on-client-error (deliberate)
            HttpResponse<String> response = Api.HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                return response.body();
            }
            long wait = response.headers().firstValue("Retry-After").map(s -> Long.parseLong(s) * 1000)
                    .orElse(ThreadLocalRandom.current().nextLong(delay / 2, delay + 1));
            Thread.sleep(wait);
            delay = Math.min(delay * 2, Api.MAX_DELAY_MS);
        }
        throw new IOException("product " + id + " not available");
    }
}
