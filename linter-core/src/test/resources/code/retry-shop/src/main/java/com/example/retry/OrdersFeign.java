package com.example.retry;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

@FeignClient(name = "orders", configuration = FeignRetryConfig.class)
public interface OrdersFeign {

    @PostMapping("/orders")
    String create(@RequestBody String order);

    @GetMapping("/orders")
    String list();
}
