package com.example.retryclient;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;

/** Shared client settings. */
final class Api {

    static final URI BASE = URI.create("https://api.example.com/");
    static final int MAX_ATTEMPTS = 4;
    static final long BASE_DELAY_MS = 200;
    static final long MAX_DELAY_MS = 10_000;

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Api() {
    }
}
