package com.example.orders.domain;

/** The order's state forbids the change: a shipped order cannot be changed or cancelled. */
public class OrderConflictException extends RuntimeException {

    private final long orderId;
    private final OrderStatus status;

    public OrderConflictException(long orderId, OrderStatus status) {
        super("order " + orderId + " is " + status);
        this.orderId = orderId;
        this.status = status;
    }

    public long orderId() {
        return orderId;
    }

    public OrderStatus status() {
        return status;
    }
}
