package com.example.jshop.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class QuietMapper implements ExceptionMapper<ShipmentDelayedException> {

    @Override
    public Response toResponse(ShipmentDelayedException e) {
        return null;
    }
}
