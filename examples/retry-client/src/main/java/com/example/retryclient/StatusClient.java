package com.example.retryclient;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.ThreadLocalRandom;

/** Retries 503 on its own schedule, whatever Retry-After the server sent. */
public class StatusClient {

    public String status() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(Api.BASE.resolve("status")).GET().build();
        long delay = Api.BASE_DELAY_MS;
        for (int attempt = 1; attempt <= Api.MAX_ATTEMPTS; attempt++) { // apistatus: retry-ignores-retry-after (deliberate)
            HttpResponse<String> response = Api.HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 503) {
                return response.body();
            }
            Thread.sleep(ThreadLocalRandom.current().nextLong(delay / 2, delay + 1));
            delay = Math.min(delay * 2, Api.MAX_DELAY_MS);
        }
        throw new IOException("still unavailable");
    }
}
