package com.example.things;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

public abstract class BaseMapper<T extends Throwable> implements ExceptionMapper<T> {

    @Override
    public Response toResponse(T e) {
        return Response.status(Response.Status.CONFLICT).entity(new Problem("conflict")).build();
    }
}
