package com.example.shop.web;

public record Order(long id, String item) {
}
