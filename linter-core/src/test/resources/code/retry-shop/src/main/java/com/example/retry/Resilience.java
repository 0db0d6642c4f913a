package com.example.retry;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.time.Duration;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

public class Resilience {

    private final OkHttpClient client = new OkHttpClient();

    @io.github.resilience4j.retry.annotation.Retry(name = "inventory")
    public String stock(String sku) throws IOException {
        Request request = new Request.Builder().url("https://inventory/" + sku).build();
        try (Response response = client.newCall(request).execute()) {
            return response.body().string();
        }
    }

    public String reserve(String sku) {
        RetryConfig config = RetryConfig.<Response>custom()
                .maxAttempts(4)
                .intervalFunction(IntervalFunction.ofExponentialBackoff(Duration.ofMillis(200), 2))
                .retryOnResult(r -> r.code() == 503 || r.code() == 404)
                .retryExceptions(IOException.class)
                .build();
        io.github.resilience4j.retry.Retry retry = io.github.resilience4j.retry.Retry.of("reserve", config);
        Supplier<Response> call = io.github.resilience4j.retry.Retry.decorateSupplier(retry, () -> post(sku));
        return call.get().toString();
    }

    private Response post(String sku) {
        try {
            return client.newCall(new Request.Builder().url("https://inventory/reservations")
                    .post(okhttp3.RequestBody.create(sku, null)).build()).execute();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
