package com.example.things;

import jakarta.ws.rs.core.Response;

public class GadgetGone extends GadgetException {

    public GadgetGone() {
        super(Response.Status.GONE);
    }
}
