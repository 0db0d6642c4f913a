package com.example.jshop.api;

import jakarta.ws.rs.core.Response;
import java.util.Map;

public final class Problems {

    private Problems() {
    }

    public static Response badRequest(String detail) {
        return status(Response.Status.BAD_REQUEST, detail);
    }

    public static Response status(Response.Status status, String detail) {
        return Response.status(status).type("application/problem+json")
                .entity(Map.of("title", status.getReasonPhrase(), "detail", detail)).build();
    }
}
