package com.example.shop.service;

import com.example.shop.web.Order;
import java.util.List;

public interface OrderService {
    List<Order> all();

    Order find(long id);

    Order save(Order order);

    void replace(long id, Order order);

    boolean exists(long id);

    void delete(long id);

    void cancel(long id);

    int invoiceStatus(long id);
}
