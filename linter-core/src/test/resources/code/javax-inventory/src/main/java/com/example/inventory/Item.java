package com.example.inventory;

public class Item {

    private final String sku;

    public Item(String sku) {
        this.sku = sku;
    }

    public String getSku() {
        return sku;
    }
}
