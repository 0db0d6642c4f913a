package com.example.web;

import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.web.bind.annotation.*;

@RestController
public class ShopErrors implements ErrorController {

    @RequestMapping("/error")
    public String error() {
        return "error";
    }
}
