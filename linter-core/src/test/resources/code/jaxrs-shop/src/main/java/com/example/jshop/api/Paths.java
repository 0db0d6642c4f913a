package com.example.jshop.api;

public final class Paths {

    public static final String ORDERS = "/orders";

    private Paths() {
    }
}
