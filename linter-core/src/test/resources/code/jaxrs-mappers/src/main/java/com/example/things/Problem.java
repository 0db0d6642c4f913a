package com.example.things;

public record Problem(String title) {
}
