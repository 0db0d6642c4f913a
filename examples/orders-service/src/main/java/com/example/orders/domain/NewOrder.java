package com.example.orders.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

/** The body of {@code POST /orders}. */
public record NewOrder(@NotBlank String item, @Positive int quantity) {
}
