package com.example.jshop.api;

import com.example.jshop.domain.Order;
import com.example.jshop.domain.OrderService;
import com.example.jshop.error.ApiException;
import com.example.jshop.error.OutOfStockException;
import jakarta.validation.Valid;
import jakarta.ws.rs.*;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;

@Path(Paths.ORDERS)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrderResource {

    private final OrderService orders;

    public OrderResource(OrderService orders) {
        this.orders = orders;
    }

    @GET
    public List<Order> list(@QueryParam("status") String status) {
        return orders.all();
    }

    @GET
    @Path("{id: [0-9]+}")
    public Order get(@PathParam("id") long id) {
        return orders.find(id);
    }

    @POST
    public Response create(@Valid Order order) {
        Order saved = orders.save(order);
        return Response.created(URI.create("/api/orders/" + saved.id())).entity(saved).build();
    }

    @PUT
    @Path("{id}")
    public void update(@PathParam("id") long id, Order order) {
        orders.replace(id, order);
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        if (!orders.exists(id)) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        orders.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/cancel")
    public Response cancel(@PathParam("id") long id) {
        try {
            orders.cancel(id);
            return Response.ok(Map.of("cancelled", true)).build();
        } catch (IllegalStateException e) {
            return Response.status(409).entity(Map.of("error", e.getMessage())).build();
        }
    }

    @GET
    @Path("{id}/invoice")
    @Produces("application/pdf")
    public Response invoice(@PathParam("id") long id) {
        int status = orders.invoiceStatus(id);
        return Response.status(status).build();
    }

    @GET
    @Path("{id}/lookup")
    public Order lookup(@PathParam("id") long id) {
        return orders.maybe(id).orElse(null);
    }

    @Patch
    @Path("{id}")
    public Response patch(@PathParam("id") long id, Map<String, Object> changes) {
        Response.ResponseBuilder builder = Response.accepted();
        builder.header("Location", "/api/orders/" + id + "/status");
        return builder.build();
    }

    @POST
    @Path("{id}/ship")
    public Response ship(@PathParam("id") long id) {
        orders.ship(id);
        return Response.seeOther(URI.create("/api/orders/" + id)).build();
    }

    @GET
    @Path("{id}/legacy")
    public Response legacy(@PathParam("id") String id) {
        return Response.temporaryRedirect(URI.create("/api/orders/" + id)).build();
    }

    @GET
    @Path("{id}/etag")
    public Response etag(@PathParam("id") String id, @HeaderParam("If-None-Match") String tag) {
        if (tag != null) {
            return Response.notModified().build();
        }
        return Response.ok(Map.of("id", id)).tag("v1").status(Response.Status.OK).build();
    }

    @POST
    @Path("maintenance")
    public Response maintenance() {
        throw new ServiceUnavailableException(120L);
    }

    @GET
    @Path("broken")
    public Response broken() {
        return Response.serverError().build();
    }

    @GET
    @Path("search")
    public Response search(@QueryParam("q") String q) {
        if (q == null || q.isBlank()) {
            return Problems.badRequest("q is required");
        }
        return Problems.status(Response.Status.TOO_MANY_REQUESTS, "slow down");
    }

    @POST
    @Path("{id}/reserve")
    public Response reserve(@PathParam("id") String id) {
        if (id.isEmpty()) {
            throw new ApiException(402, "pay first");
        }
        throw new OutOfStockException(id);
    }

    @GET
    @Path("{id}/async")
    public void async(@PathParam("id") String id, @Suspended AsyncResponse response) {
        orders.maybe(1L).ifPresentOrElse(o -> response.resume(Response.ok(o).build()),
                () -> response.resume(new NotFoundException()));
    }

    @Path("{id}/items")
    public ItemsResource items(@PathParam("id") long id) {
        return new ItemsResource(orders, id);
    }
}
