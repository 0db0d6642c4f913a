package com.example.inventory;

import java.util.List;
import javax.ws.rs.BadRequestException;
import javax.ws.rs.ClientErrorException;
import javax.ws.rs.ForbiddenException;
import javax.ws.rs.InternalServerErrorException;
import javax.ws.rs.NotAcceptableException;
import javax.ws.rs.NotAllowedException;
import javax.ws.rs.NotAuthorizedException;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.NotSupportedException;
import javax.ws.rs.ServiceUnavailableException;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;

public class InventoryResource implements InventoryApi {

    @Override
    public List<Item> list(Paging paging) {
        return List.of();
    }

    @Override
    public Response get(String sku) {
        switch (sku) {
            case "" -> throw new BadRequestException();
            case "gone" -> throw new WebApplicationException(Response.Status.GONE);
            case "busy" -> throw new ClientErrorException("conflict", 409);
            case "ro" -> throw new NotAllowedException("GET");
            case "anon" -> throw new NotAuthorizedException("Bearer");
            case "secret" -> throw new ForbiddenException();
            case "xml" -> throw new NotAcceptableException();
            case "csv" -> throw new NotSupportedException();
            case "bug" -> throw new InternalServerErrorException();
            case "held" -> throw new ReservedException(sku);
            case "odd" -> throw new WebApplicationException(Response.status(422).entity("odd sku").build());
            case "down" -> throw new ServiceUnavailableException();
            case "plain" -> throw new WebApplicationException("plain failure");
            default -> {
                return Response.ok(new Item(sku)).build();
            }
        }
    }

    @Override
    public void delete(String sku) {
        if (sku.isEmpty()) {
            throw new NotFoundException();
        }
    }
}
