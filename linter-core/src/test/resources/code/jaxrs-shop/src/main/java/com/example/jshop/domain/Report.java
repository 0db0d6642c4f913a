package com.example.jshop.domain;

public record Report(Long id) {
}
