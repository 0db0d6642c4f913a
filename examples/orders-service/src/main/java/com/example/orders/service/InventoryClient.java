package com.example.orders.service;

/** The warehouse's stock. */
public interface InventoryClient {

    /** Reserves stock for an order; InventoryUnavailableException when the warehouse cannot be reached. */
    void reserve(String item, int quantity);
}
