package com.example.retryclient;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Five attempts a fixed second apart: the server gets the same pressure for as long as it struggles. */
public class StockClient {

    private static final int ATTEMPTS = 5;
    private static final long PAUSE_MS = 1000;

    public String level(String sku) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(Api.BASE.resolve("stock/" + sku)).GET().build();
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) { // apistatus: retry-without-backoff (deliberate)
            try {
                return Api.HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
            } catch (IOException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                Thread.sleep(PAUSE_MS);
            }
        }
        throw new IllegalStateException("unreachable");
    }
}
