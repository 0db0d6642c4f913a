package com.example.retryclient;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Doubles its wait but never randomises it: clients that failed together retry together. */
public class RatesClient {

    public String rate(String currency) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(Api.BASE.resolve("rates/" + currency)).GET().build();
        for (int attempt = 1; attempt <= Api.MAX_ATTEMPTS; attempt++) { // apistatus: retry-without-jitter (deliberate)
            try {
                return Api.HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
            } catch (IOException e) {
                if (attempt == Api.MAX_ATTEMPTS) {
                    throw e;
                }
                Thread.sleep(Api.BASE_DELAY_MS << attempt);
            }
        }
        throw new IllegalStateException("unreachable");
    }
}
