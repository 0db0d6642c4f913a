package com.example.web;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/customers")
public class CustomerController extends CrudController {

    @Hidden
    @PostMapping("/reindex")
    public void reindex() {
    }

    @RequestMapping("/legacy")
    public String legacy() {
        return "";
    }

    @GetMapping(Paths.computed())
    public String computed() {
        return "";
    }
}
