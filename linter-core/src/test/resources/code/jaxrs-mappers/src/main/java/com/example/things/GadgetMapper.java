package com.example.things;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class GadgetMapper implements ExceptionMapper<GadgetException> {

    @Override
    public Response toResponse(GadgetException e) {
        if (e instanceof GadgetGone gone) {
            return gone.getResponse();
        }
        return Response.status(Response.Status.BAD_REQUEST).entity(new Problem("broken gadget")).build();
    }
}
