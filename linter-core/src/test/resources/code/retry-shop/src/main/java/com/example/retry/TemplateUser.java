package com.example.retry;

import org.springframework.retry.support.RetryTemplate;
import org.springframework.web.client.RestClient;

public class TemplateUser {

    private final RetryTemplate retryTemplate;
    private final RestClient restClient;

    public TemplateUser(RetryTemplate retryTemplate, RestClient restClient) {
        this.retryTemplate = retryTemplate;
        this.restClient = restClient;
    }

    public String refund(String id) {
        return retryTemplate.execute(ctx -> restClient.patch()
                .uri("/refunds/{id}", id)
                .retrieve()
                .body(String.class));
    }
}
