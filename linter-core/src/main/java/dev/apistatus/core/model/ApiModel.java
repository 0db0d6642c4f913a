package dev.apistatus.core.model;

import java.util.List;

/**
 * Everything the readers learned about the API; rules read it and never parse.
 *
 * @param specs          the OpenAPI documents read
 * @param codeOperations the operations the service's code serves (empty when no sources were read)
 * @param errorMappings  where the code maps exceptions to statuses: exception handlers, exception mappers,
 *                       exception classes with their own status (empty when no sources were read)
 */
public record ApiModel(List<SpecDocument> specs, List<CodeOperation> codeOperations, List<ErrorMapping> errorMappings) {

    public ApiModel {
        specs = List.copyOf(specs);
        codeOperations = List.copyOf(codeOperations);
        errorMappings = List.copyOf(errorMappings);
    }

    public ApiModel(List<SpecDocument> specs, List<CodeOperation> codeOperations) {
        this(specs, codeOperations, List.of());
    }

    public ApiModel(List<SpecDocument> specs) {
        this(specs, List.of(), List.of());
    }

    /** Every spec operation, document by document, in document order. */
    public List<Operation> specOperations() {
        return specs.stream().flatMap(s -> s.operations().stream()).toList();
    }
}
