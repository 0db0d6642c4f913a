package dev.apistatus.core.code;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TypeHierarchyTest {

    @TempDir
    Path dir;

    @Test
    void anImportedClassTheProjectDoesNotShowIsNotTheLibraryClassOfThatName() throws IOException {
        Path file = dir.resolve("src/com/example/web/Api.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                package com.example.web;

                import com.example.errors.NotFoundException;
                import org.hibernate.exception.ConstraintViolationException;
                import jakarta.persistence.EntityNotFoundException;
                import org.springframework.web.bind.annotation.RestController;

                @RestController
                class Api {
                }
                """);
        Path other = dir.resolve("src/com/example/rs/Resource.java");
        Files.createDirectories(other.getParent());
        Files.writeString(other, """
                package com.example.rs;

                import jakarta.ws.rs.*;

                @RestController
                class Resource {
                }
                """);
        JavaProject project = JavaProject.read(dir, List.of(dir.resolve("src")), ParserConfiguration.LanguageLevel.JAVA_17,
                List.of("@RestController"));
        ClassOrInterfaceDeclaration api = project.entryPoints().stream().flatMap(u -> u.findAll(ClassOrInterfaceDeclaration.class).stream())
                .filter(c -> c.getNameAsString().equals("Api")).findFirst().orElseThrow();
        ClassOrInterfaceDeclaration resource = project.entryPoints().stream().flatMap(u -> u.findAll(ClassOrInterfaceDeclaration.class).stream())
                .filter(c -> c.getNameAsString().equals("Resource")).findFirst().orElseThrow();
        TypeHierarchy types = new TypeHierarchy(project);

        // the project's own NotFoundException lives in a module that was not read: its superclasses are unknown
        assertThat(types.chain("NotFoundException", api)).containsExactly("NotFoundException");
        assertThat(types.isComplete(types.chain("NotFoundException", api))).isFalse();
        // Hibernate's ConstraintViolationException is not Bean Validation's
        assertThat(types.isComplete(types.chain("ConstraintViolationException", api))).isFalse();
        // a library exception imported from its own package keeps the table's chain
        assertThat(types.chain("EntityNotFoundException", api))
                .containsExactly("EntityNotFoundException", "PersistenceException", "RuntimeException", "Exception", "Throwable");
        // where no import says otherwise (a wildcard import of the library), the table's class of that name
        assertThat(types.chain("NotFoundException", resource)).contains("WebApplicationException", "Throwable");
    }
}
