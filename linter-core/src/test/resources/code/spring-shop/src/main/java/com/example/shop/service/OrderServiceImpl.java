package com.example.shop.service;

import com.example.shop.error.OrderNotFoundException;
import com.example.shop.web.Order;
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
        return Optional.ofNullable(store.get(id)).orElseThrow(() -> new OrderNotFoundException(id));
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
        if (!store.containsKey(id)) {
            throw new IllegalStateException("not cancellable");
        }
    }

    public int invoiceStatus(long id) {
        return 200;
    }
}
