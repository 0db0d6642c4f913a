package com.example.things;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

@Path("/things")
public class ThingResource {

    @GET
    @Path("{id}")
    public String get(@PathParam("id") String id) {
        if (id.isEmpty()) {
            throw new IllegalStateException("empty");
        }
        if (id.equals("x")) {
            throw new NotFoundException();
        }
        if (id.equals("y")) {
            throw new ThingConflict();
        }
        if (id.equals("z")) {
            throw new WebApplicationException(Response.status(451).entity("unavailable").build());
        }
        return id;
    }

    @GET
    @Path("{id}/odd")
    public String odd(@PathParam("id") String id) {
        throw new WebApplicationException(id.length());
    }

    @GET
    @Path("{id}/gadget")
    public String gadget(@PathParam("id") String id) {
        if (id.isEmpty()) {
            throw new GadgetGone();
        }
        throw new GadgetBroken();
    }
}
