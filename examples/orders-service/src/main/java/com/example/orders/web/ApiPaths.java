package com.example.orders.web;

/** The API's paths, shared by the controller and its tests. */
public final class ApiPaths {

    public static final String ORDERS = "/orders";
    public static final String ORDER = "/{id}";
    public static final String CANCEL = ORDER + "/cancel";

    private ApiPaths() {
    }
}
