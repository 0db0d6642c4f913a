package com.example.retry;

import java.time.Duration;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

public class ReactiveClient {

    private final WebClient webClient;

    public ReactiveClient(WebClient webClient) {
        this.webClient = webClient;
    }

    public Mono<String> notify(String body) {
        return webClient.post().uri("/notifications").bodyValue(body).retrieve().bodyToMono(String.class)
                .retry();
    }

    public Mono<String> fetch(String id) {
        return webClient.get().uri("/items/{id}", id).retrieve().bodyToMono(String.class)
                .retryWhen(Retry.backoff(3, Duration.ofMillis(200))
                        .filter(e -> e instanceof WebClientResponseException.ServiceUnavailable));
    }

    public Mono<String> fetchFixed(String id) {
        return webClient.get().uri("/items/{id}", id).retrieve().bodyToMono(String.class)
                .retryWhen(Retry.fixedDelay(5, Duration.ofSeconds(1)));
    }
}
