package com.example.h;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/items")
public class ItemController {

    private final ItemStore store;

    public ItemController(ItemStore store) {
        this.store = store;
    }

    @GetMapping
    public ResponseEntity<List<Item>> list() {
        List<Item> items = store.all();
        if (items.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok(items);
    }

    @GetMapping("/{id}")
    public Item get(@PathVariable long id) {
        return store.find(id).orElse(null);
    }

    @GetMapping("/{id}/optional")
    public ResponseEntity<Item> optional(@PathVariable long id) {
        return ResponseEntity.of(store.find(id));
    }

    @PostMapping
    public ResponseEntity<?> create(@RequestBody Item item) {
        try {
            return ResponseEntity.status(HttpStatus.CREATED).body(store.save(item));
        } catch (Exception e) {
            return ResponseEntity.ok(Map.of("error", e.getMessage()));
        }
    }

    @GetMapping("/{id}/label")
    public ResponseEntity<String> label(@PathVariable long id) {
        Optional<Item> item = store.find(id);
        if (item.isEmpty()) {
            return ResponseEntity.ok().build();
        }
        return ResponseEntity.ok(item.get().label());
    }
}
