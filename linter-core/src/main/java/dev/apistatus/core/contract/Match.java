package dev.apistatus.core.contract;

import dev.apistatus.core.model.CodeOperation;
import java.util.List;

/**
 * A spec operation and the handlers that serve it (several when handlers split one operation by parameters,
 * headers or media types).
 */
public record Match(SpecOperation spec, List<Binding> bindings) {

    public Match {
        bindings = List.copyOf(bindings);
    }

    /** One handler and how it was matched. */
    public record Binding(CodeOperation code, Route route) {
    }

    public List<CodeOperation> code() {
        return bindings.stream().map(Binding::code).toList();
    }

    /** True when every handler was read completely: no status computed at run time, no exception unread. */
    public boolean isComplete() {
        return bindings.stream().allMatch(b -> b.code().isComplete());
    }

    /** The first disagreement between base paths worth telling, or {@code ""}. */
    public String routeNote() {
        return bindings.stream().map(b -> b.route().describe()).filter(s -> !s.isEmpty()).findFirst().orElse("");
    }
}
