package dev.apistatus.core.code;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.ParserConfiguration;
import dev.apistatus.core.model.CodeOperation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReactorErrorsTest {

    @TempDir
    Path dir;

    @Test
    void anErrorMappedByOnErrorMapIsAnErrorTheHandlerCanRaise() throws IOException {
        Path file = dir.resolve("src/com/example/Orders.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                package com.example;

                import org.springframework.http.HttpStatus;
                import org.springframework.web.bind.annotation.*;
                import reactor.core.publisher.Mono;

                @RestController
                @RequestMapping("/orders")
                class Orders {
                    private final Stock stock;

                    Orders(Stock stock) {
                        this.stock = stock;
                    }

                    @PostMapping
                    @ResponseStatus(HttpStatus.CREATED)
                    Mono<String> place(@RequestBody String item) {
                        return reserve(item).map(ok -> item);
                    }

                    private Mono<Boolean> reserve(String item) {
                        return stock.take(item).onErrorMap(e -> new OutOfStock(item));
                    }
                }

                interface Stock {
                    Mono<Boolean> take(String item);
                }

                @ResponseStatus(HttpStatus.CONFLICT)
                class OutOfStock extends RuntimeException {
                    OutOfStock(String item) {
                        super(item);
                    }
                }
                """);
        CodeReader.Result result = CodeReader.read(dir, List.of(dir.resolve("src")), ParserConfiguration.LanguageLevel.JAVA_17);
        CodeOperation place = result.operations().get(0);
        assertThat(place.operation().response(409)).isPresent();
        assertThat(place.operation().response(409).orElseThrow().evidence().detail())
                .isEqualTo("throws OutOfStock (from Orders.reserve) (409)");
    }
}
