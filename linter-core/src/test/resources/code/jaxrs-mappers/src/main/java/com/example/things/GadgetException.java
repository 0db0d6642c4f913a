package com.example.things;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Response;

public class GadgetException extends ClientErrorException {

    public GadgetException(Response.Status status) {
        super(status);
    }
}
