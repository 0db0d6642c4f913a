package com.example.orders.domain;

/** No order has this id. */
public class OrderNotFoundException extends RuntimeException {

    private final long orderId;

    public OrderNotFoundException(long orderId) {
        super("order " + orderId + " does not exist");
        this.orderId = orderId;
    }

    public long orderId() {
        return orderId;
    }
}
