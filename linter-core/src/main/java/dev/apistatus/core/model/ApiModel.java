package dev.apistatus.core.model;

import java.util.List;

/** Everything the readers learned about the API; rules read it and never parse. */
public record ApiModel(List<SpecDocument> specs) {

    public ApiModel {
        specs = List.copyOf(specs);
    }

    /** Every spec operation, document by document, in document order. */
    public List<Operation> specOperations() {
        return specs.stream().flatMap(s -> s.operations().stream()).toList();
    }
}
