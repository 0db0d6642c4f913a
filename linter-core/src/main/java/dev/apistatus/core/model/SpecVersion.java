package dev.apistatus.core.model;

/** The OpenAPI versions apistatus reads. */
public enum SpecVersion {
    SWAGGER_2_0("Swagger 2.0"), OPENAPI_3_0("OpenAPI 3.0"), OPENAPI_3_1("OpenAPI 3.1");

    private final String title;

    SpecVersion(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
