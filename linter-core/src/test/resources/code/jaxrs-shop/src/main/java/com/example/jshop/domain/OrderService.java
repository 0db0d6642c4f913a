package com.example.jshop.domain;

import java.util.List;
import java.util.Optional;

public interface OrderService {

    List<Order> all();

    Order find(long id);

    Optional<Order> maybe(long id);

    Order save(Order order);

    void replace(long id, Order order);

    boolean exists(long id);

    void delete(long id);

    void cancel(long id);

    void ship(long id);

    int invoiceStatus(long id);

    List<String> items(long orderId);
}
