package com.example.inventory;

import static javax.ws.rs.core.Response.ok;

import java.net.URI;
import javax.ws.rs.Consumes;
import javax.ws.rs.FormParam;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

@Path("/stock")
public class StockResource {

    private static final int LOCKED = 423;

    @GET
    @Path("{sku}")
    public Response level(@PathParam("sku") String sku) {
        if (sku.startsWith("x")) {
            return Response.status(Response.Status.fromStatusCode(409)).build();
        }
        if (sku.startsWith("l")) {
            return Response.status(LOCKED).build();
        }
        return ok(new Item(sku)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@FormParam("sku") String sku, @FormParam("qty") int qty) {
        return Response.created(URI.create("/stock/" + sku)).build();
    }

    @POST
    @Path("{sku}/recount")
    public Response recount(@PathParam("sku") String sku) {
        Response response = Response.accepted().build();
        return response;
    }

    @GET
    @Path("{sku}/raw")
    public Object raw(@PathParam("sku") String sku) {
        if (sku.isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST).build();
        }
        return new Item(sku);
    }
}
