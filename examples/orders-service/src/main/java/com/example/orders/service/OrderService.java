package com.example.orders.service;

import com.example.orders.domain.NewOrder;
import com.example.orders.domain.Order;
import com.example.orders.domain.OrderUpdate;
import java.util.List;

/** What the API can do with orders. Every method that takes an id throws OrderNotFoundException for an unknown one. */
public interface OrderService {

    List<Order> list(int limit);

    Order get(long id);

    /** Reserves the stock, then places the order; InventoryUnavailableException when the warehouse cannot answer. */
    Order create(NewOrder order);

    /** StaleOrderException when {@code ifMatch} is not the order's current ETag; OrderConflictException once shipped. */
    Order update(long id, String ifMatch, OrderUpdate update);

    void delete(long id);

    /** OrderConflictException once shipped. */
    Order cancel(long id);
}
