package com.example.inventory;

import javax.ws.rs.QueryParam;

public class Paging {

    @QueryParam("page")
    int page;

    @QueryParam("q")
    String query;
}
