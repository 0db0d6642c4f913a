package com.example.web;

import org.springframework.web.bind.annotation.*;

@ApiController
@RequestMapping("/internal")
public class Stereotyped {

    @GetMapping("/ping")
    public String ping() {
        return "pong";
    }
}
