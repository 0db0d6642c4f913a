package com.example.inventory;

import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** A client of another service: not a resource of this one. */
@Path("/catalog")
@RegisterRestClient
public interface RemoteCatalog {

    @GET
    List<Item> all();
}
