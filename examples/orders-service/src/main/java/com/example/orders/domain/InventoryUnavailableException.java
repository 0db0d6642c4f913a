package com.example.orders.domain;

/** The warehouse could not be asked to reserve stock. */
public class InventoryUnavailableException extends RuntimeException {

    public InventoryUnavailableException(String item, Throwable cause) {
        super("cannot reserve " + item + " now", cause);
    }
}
