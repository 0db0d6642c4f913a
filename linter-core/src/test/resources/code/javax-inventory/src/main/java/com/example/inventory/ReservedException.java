package com.example.inventory;

import javax.ws.rs.ClientErrorException;
import javax.ws.rs.core.Response;

public class ReservedException extends ClientErrorException {

    public ReservedException(String sku) {
        super("reserved: " + sku, Response.Status.CONFLICT);
    }
}
