package com.example.h;

public class ItemException extends RuntimeException {
}
