package com.example.routes;

import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

class StockRoutes {

    @Bean
    RouterFunction<ServerResponse> stock() {
        return RouterFunctions.route().GET("/stock", r -> ServerResponse.ok().build()).build();
    }
}
