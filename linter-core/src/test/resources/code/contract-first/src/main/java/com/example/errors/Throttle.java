package com.example.errors;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

public class Throttle {

    void check() {
        throw new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS, "slow down");
    }
}
