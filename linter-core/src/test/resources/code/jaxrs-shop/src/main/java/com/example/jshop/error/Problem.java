package com.example.jshop.error;

public record Problem(int status, String detail) {
}
