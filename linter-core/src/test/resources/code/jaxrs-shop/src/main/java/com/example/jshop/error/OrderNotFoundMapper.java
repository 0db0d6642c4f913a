package com.example.jshop.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class OrderNotFoundMapper implements ExceptionMapper<OrderNotFoundException> {

    @Override
    public Response toResponse(OrderNotFoundException e) {
        return Response.status(Response.Status.NOT_FOUND).type("application/problem+json")
                .entity(new Problem(404, e.getMessage())).build();
    }
}
