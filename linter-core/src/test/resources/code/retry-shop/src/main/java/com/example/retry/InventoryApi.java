package com.example.retry;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.HeaderParam;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

@RegisterRestClient(configKey = "inventory")
@Path("/inventory")
public interface InventoryApi {

    @POST
    @Retry
    String book(String item);

    @POST
    @Path("/safe")
    @Retry(maxRetries = 2, delay = 300, retryOn = java.io.IOException.class)
    String bookSafely(@HeaderParam("Idempotency-Key") String key, String item);

    @GET
    @Retry(maxRetries = -1, maxDuration = 0, retryOn = jakarta.ws.rs.ServiceUnavailableException.class)
    String list();
}
