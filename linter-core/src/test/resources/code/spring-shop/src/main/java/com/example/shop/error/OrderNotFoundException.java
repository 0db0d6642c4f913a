package com.example.shop.error;

public class OrderNotFoundException extends ShopException {
    public OrderNotFoundException(long id) {
        super("order " + id + " not found");
    }
}
