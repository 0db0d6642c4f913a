package com.example.orders.service;

import com.example.orders.domain.InventoryUnavailableException;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/** Reserves stock through the warehouse's HTTP API. */
@Component
public class WarehouseInventoryClient implements InventoryClient {

    private final RestClient warehouse;

    public WarehouseInventoryClient(RestClient.Builder builder) {
        this.warehouse = builder.baseUrl("http://warehouse").build();
    }

    @Override
    public void reserve(String item, int quantity) {
        try {
            warehouse.post().uri("/reservations").body(Map.of("item", item, "quantity", quantity))
                    .retrieve().toBodilessEntity();
        } catch (RestClientException e) {
            throw new InventoryUnavailableException(item, e);
        }
    }
}
