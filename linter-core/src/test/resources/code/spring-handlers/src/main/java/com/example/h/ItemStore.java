package com.example.h;

import java.util.List;
import java.util.Optional;

public interface ItemStore {
    List<Item> all();

    Optional<Item> find(long id);

    Item save(Item item);
}
