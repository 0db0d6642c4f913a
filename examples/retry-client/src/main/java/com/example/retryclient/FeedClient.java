package com.example.retryclient;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.ThreadLocalRandom;

/** Never gives up: an outage turns into requests forever and a caller that never returns. */
public class FeedClient {

    public String latest() throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(Api.BASE.resolve("feed/latest")).GET().build();
        long delay = Api.BASE_DELAY_MS;
        while (true) { // apistatus: retry-unbounded (deliberate)
            try {
                return Api.HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
            } catch (IOException e) {
                Thread.sleep(ThreadLocalRandom.current().nextLong(delay / 2, delay + 1));
                delay = Math.min(delay * 2, Api.MAX_DELAY_MS);
            }
        }
    }
}
