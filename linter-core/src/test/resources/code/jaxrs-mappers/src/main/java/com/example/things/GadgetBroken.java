package com.example.things;

import jakarta.ws.rs.core.Response;

public class GadgetBroken extends GadgetException {

    public GadgetBroken() {
        super(Response.Status.CONFLICT);
    }
}
