package com.example.inventory;

import static javax.ws.rs.core.HttpHeaders.LOCATION;
import static javax.ws.rs.core.MediaType.APPLICATION_JSON;

import io.dropwizard.jersey.params.LongParam;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Response;

/** Statically imported constants and a Dropwizard parameter wrapper. */
@Path("/shelves/{shelf}")
public class ShelfResource {

    @GET
    @Produces(APPLICATION_JSON)
    public Response moved(@PathParam("shelf") LongParam shelf) {
        return Response.status(302).header(LOCATION, "/shelves/" + shelf.get() + "/new").build();
    }
}
