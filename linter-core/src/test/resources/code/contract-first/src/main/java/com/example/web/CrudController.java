package com.example.web;

import org.springframework.web.bind.annotation.*;

public abstract class CrudController {

    @GetMapping("/{id}")
    public String get(@PathVariable String id) {
        return id;
    }
}
