package com.example.jshop.api;

import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

public class GlobalMappers {

    @ServerExceptionMapper(IllegalArgumentException.class)
    public Response badArgument(Exception e) {
        return Response.status(Response.Status.BAD_REQUEST).entity(e.getMessage()).build();
    }
}
