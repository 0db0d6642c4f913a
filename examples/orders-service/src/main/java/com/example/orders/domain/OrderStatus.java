package com.example.orders.domain;

public enum OrderStatus {
    PLACED, SHIPPED, CANCELLED
}
