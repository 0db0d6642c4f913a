package com.example.retry;

import dev.failsafe.Failsafe;
import dev.failsafe.RetryPolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

public class FailsafeClient {

    private final HttpClient http = HttpClient.newHttpClient();

    private final RetryPolicy<HttpResponse<String>> policy = RetryPolicy.<HttpResponse<String>>builder()
            .withMaxRetries(-1)
            .withDelay(Duration.ofSeconds(1))
            .handleResultIf(r -> r.statusCode() == 503)
            .build();

    public String get(String id) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("https://api/" + id)).build();
        return Failsafe.with(policy).get(() -> http.send(request, HttpResponse.BodyHandlers.ofString())).body();
    }
}
