package com.example.orders.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

/** The body of {@code PUT /orders/{id}}: the whole changeable state of an order. */
public record OrderUpdate(@NotBlank String item, @Positive int quantity) {
}
