package com.example.jshop.error;

public class ShipmentDelayedException extends RuntimeException {
}
