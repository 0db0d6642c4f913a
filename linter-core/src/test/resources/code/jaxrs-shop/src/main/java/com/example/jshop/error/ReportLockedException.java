package com.example.jshop.error;

public class ReportLockedException extends RuntimeException {
}
