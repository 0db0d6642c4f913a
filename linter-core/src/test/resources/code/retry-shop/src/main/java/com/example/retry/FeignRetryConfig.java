package com.example.retry;

import feign.Retryer;
import org.springframework.context.annotation.Bean;

public class FeignRetryConfig {

    @Bean
    public Retryer retryer() {
        return new Retryer.Default();
    }
}
