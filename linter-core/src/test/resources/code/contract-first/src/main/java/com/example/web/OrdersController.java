package com.example.web;

import com.example.generated.OrdersApi;
import com.example.generated.model.Order;
import java.io.Serializable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class OrdersController implements OrdersApi, Serializable {

    @Override
    public ResponseEntity<Order> getOrder(String orderId) {
        if (orderId.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok(new Order());
    }

    @Override
    public String toString() {
        return "orders";
    }

    public void helper() {
    }
}
