package dev.apistatus.core.model;

import java.util.List;

/**
 * Everything the readers learned about the API; rules read it and never parse.
 *
 * @param specs          the OpenAPI documents read
 * @param codeOperations the operations the service's code serves (empty when no sources were read)
 * @param errorMappings  where the code maps exceptions to statuses: exception handlers, exception mappers,
 *                       exception classes with their own status (empty when no sources were read)
 * @param service        what the code reader learned about the service beyond its operations (base paths,
 *                       contract-first handlers, unread routes); {@link ServiceInfo#NONE} when no sources were read
 */
public record ApiModel(List<SpecDocument> specs, List<CodeOperation> codeOperations, List<ErrorMapping> errorMappings,
                       ServiceInfo service) {

    public ApiModel {
        specs = List.copyOf(specs);
        codeOperations = List.copyOf(codeOperations);
        errorMappings = List.copyOf(errorMappings);
        service = service == null ? ServiceInfo.NONE : service;
    }

    public ApiModel(List<SpecDocument> specs, List<CodeOperation> codeOperations, List<ErrorMapping> errorMappings) {
        this(specs, codeOperations, errorMappings, ServiceInfo.NONE);
    }

    public ApiModel(List<SpecDocument> specs, List<CodeOperation> codeOperations) {
        this(specs, codeOperations, List.of(), ServiceInfo.NONE);
    }

    public ApiModel(List<SpecDocument> specs) {
        this(specs, List.of(), List.of(), ServiceInfo.NONE);
    }

    /** Every spec operation, document by document, in document order. */
    public List<Operation> specOperations() {
        return specs.stream().flatMap(s -> s.operations().stream()).toList();
    }

    /** Handlers whose method and path are in interfaces the sources do not hold; see {@link UnmappedHandler}. */
    public List<UnmappedHandler> unmappedHandlers() {
        return service.unmappedHandlers();
    }
}
