package com.example.orders.domain;

import java.time.Instant;

/** An order as the API shows it. {@code version} changes on every update; its ETag is {@code "<version>"}. */
public record Order(long id, String item, int quantity, OrderStatus status, long version, Instant placedAt) {

    /** The strong entity tag of this version, quoted as HTTP wants it. */
    public String etag() {
        return "\"" + version + "\"";
    }

    public Order with(String newItem, int newQuantity) {
        return new Order(id, newItem, newQuantity, status, version + 1, placedAt);
    }

    public Order with(OrderStatus newStatus) {
        return new Order(id, item, quantity, newStatus, version + 1, placedAt);
    }
}
