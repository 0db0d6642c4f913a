package com.example.orders.domain;

/** The client's If-Match names a version of the order that is no longer current. */
public class StaleOrderException extends RuntimeException {

    private final long orderId;
    private final String current;

    public StaleOrderException(long orderId, String current) {
        super("order " + orderId + " is at " + current);
        this.orderId = orderId;
        this.current = current;
    }

    public long orderId() {
        return orderId;
    }

    /** The order's current ETag. */
    public String current() {
        return current;
    }
}
