package com.example.retry;

import java.time.Duration;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.web.client.RestClient;

public class CoreRetry {

    private final RestClient restClient = RestClient.create();
    private final RetryTemplate template = new RetryTemplate(RetryPolicy.builder()
            .maxRetries(4).delay(Duration.ofMillis(100)).multiplier(2).build());

    public String get(String id) throws Exception {
        return template.execute(() -> restClient.get().uri("/x/{id}", id).retrieve().body(String.class));
    }
}
