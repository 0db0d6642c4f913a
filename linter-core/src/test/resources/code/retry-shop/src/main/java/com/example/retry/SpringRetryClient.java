package com.example.retry;

import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.retry.annotation.Backoff;
import org.springframework.retry.annotation.Retryable;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestTemplate;

public class SpringRetryClient {

    private final RestTemplate restTemplate;

    public SpringRetryClient(RestTemplate restTemplate) {
        this.restTemplate = restTemplate;
    }

    @Retryable
    public Order create(Order order) {
        return restTemplate.postForObject("/orders", order, Order.class);
    }

    @Retryable(retryFor = {ResourceAccessException.class, HttpServerErrorException.class}, maxAttempts = 4,
            backoff = @Backoff(delay = 200, multiplier = 2, random = true, maxDelay = 10000))
    public Order pay(Order order, String key) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("Idempotency-Key", key);
        return restTemplate.postForObject("/payments", new HttpEntity<>(order, headers), Order.class);
    }

    @Retryable(retryFor = HttpClientErrorException.class, backoff = @Backoff(delay = 500, multiplier = 2))
    public Order read(String id) {
        return restTemplate.getForObject("/orders/" + id, Order.class);
    }

    public record Order(String id) {
    }
}
