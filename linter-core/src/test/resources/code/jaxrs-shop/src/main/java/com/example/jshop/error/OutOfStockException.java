package com.example.jshop.error;

public class OutOfStockException extends ApiException {

    public OutOfStockException(String id) {
        super(409, "out of stock: " + id);
    }
}
