package com.example.jshop.error;

public class OrderNotFoundException extends RuntimeException {

    public OrderNotFoundException(long id) {
        super("no order " + id);
    }
}
