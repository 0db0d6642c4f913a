package com.example.inventory;

import java.util.List;
import javax.ws.rs.BeanParam;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Response;

@Path("inventory")
@Produces("application/json")
public interface InventoryApi {

    @GET
    List<Item> list(@BeanParam Paging paging);

    @GET
    @Path("{sku}")
    Response get(@PathParam("sku") String sku);

    @DELETE
    @Path("{sku}")
    void delete(@PathParam("sku") String sku);
}
