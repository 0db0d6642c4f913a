package com.example.h;

public record Item(long id, String label) {
}
