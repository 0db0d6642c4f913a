package com.example.api;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

@RequestMapping("/pets")
public interface PetsApi {

    @GetMapping("/{petId}")
    ResponseEntity<String> getPet(@PathVariable("petId") String petId);
}
