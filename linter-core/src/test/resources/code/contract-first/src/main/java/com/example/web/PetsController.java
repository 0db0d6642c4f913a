package com.example.web;

import com.example.api.PetsApi;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class PetsController implements PetsApi {

    @Override
    public ResponseEntity<String> getPet(String petId) {
        return ResponseEntity.ok(petId);
    }
}
