package com.example.shop.web;

import com.example.shop.error.OrderNotFoundException;
import com.example.shop.service.OrderService;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping(ApiPaths.ORDERS)
public class OrderController {

    private final OrderService orders;

    public OrderController(OrderService orders) {
        this.orders = orders;
    }

    @GetMapping
    public List<Order> list(@RequestParam(required = false) String status) {
        return orders.all();
    }

    @GetMapping("/{id}")
    public Order get(@PathVariable long id) {
        return orders.find(id);
    }

    @PostMapping
    public ResponseEntity<Order> create(@Valid @RequestBody Order order) {
        Order saved = orders.save(order);
        return ResponseEntity.created(URI.create("/orders/" + saved.id())).body(saved);
    }

    @PutMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void update(@PathVariable long id, @RequestBody Order order) {
        orders.replace(id, order);
    }

    @DeleteMapping("/{id}")
    public ResponseEntity<Void> delete(@PathVariable long id) {
        if (!orders.exists(id)) {
            return ResponseEntity.notFound().build();
        }
        orders.delete(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/cancel")
    public ResponseEntity<?> cancel(@PathVariable long id) {
        try {
            orders.cancel(id);
            return ResponseEntity.ok(Map.of("cancelled", true));
        } catch (IllegalStateException e) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", e.getMessage()));
        }
    }

    @GetMapping(value = "/{id}/invoice", produces = "application/pdf")
    public ResponseEntity<byte[]> invoice(@PathVariable long id) {
        int status = orders.invoiceStatus(id);
        return ResponseEntity.status(status).build();
    }
}
