package com.example.jshop.api;

import com.example.jshop.domain.OrderService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;

public class ItemsResource {

    private final OrderService orders;
    private final long orderId;

    public ItemsResource(OrderService orders, long orderId) {
        this.orders = orders;
        this.orderId = orderId;
    }

    @GET
    public List<String> list() {
        return orders.items(orderId);
    }

    @GET
    @Path("{itemId}")
    public String item(@PathParam("itemId") String itemId, @PathParam("id") String order) {
        if (itemId.length() > 10) {
            throw new NotFoundException("no item " + itemId);
        }
        return itemId;
    }
}
