package com.example.things;

public class ThingConflict extends RuntimeException {
}
