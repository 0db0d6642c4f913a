package com.example.jshop.domain;

public record Order(long id, String item) {
}
