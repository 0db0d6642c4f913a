package com.example.shop.web;

public final class ApiPaths {
    public static final String API = "/api/v1";
    public static final String ORDERS = API + "/orders";

    private ApiPaths() {
    }
}
