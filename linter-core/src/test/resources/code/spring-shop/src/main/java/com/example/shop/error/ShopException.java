package com.example.shop.error;

public class ShopException extends RuntimeException {
    public ShopException(String message) {
        super(message);
    }
}
