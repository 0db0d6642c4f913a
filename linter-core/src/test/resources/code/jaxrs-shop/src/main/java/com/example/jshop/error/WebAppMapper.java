package com.example.jshop.error;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class WebAppMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        return Response.fromResponse(e.getResponse()).type("application/problem+json")
                .entity(new Problem(e.getResponse().getStatus(), e.getMessage())).build();
    }
}
