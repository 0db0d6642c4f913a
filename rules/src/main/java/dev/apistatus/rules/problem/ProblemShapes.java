package dev.apistatus.rules.problem;

import dev.apistatus.core.model.Operation;
import dev.apistatus.core.model.ResponseUse;
import dev.apistatus.core.model.SchemaShape;
import java.util.Map;
import java.util.Set;

/** What the problem-details rules share: the RFC 9457 members and when a response is an error. */
final class ProblemShapes {

    /** The members RFC 9457 §3.1 defines. */
    static final Set<String> PROBLEM_MEMBERS = Set.of("type", "title", "status", "detail", "instance");

    private ProblemShapes() {
    }

    /** An object with {@code title} or {@code detail} and at least one other member RFC 9457 defines. */
    static boolean hasProblemMembers(SchemaShape schema) {
        Map<String, SchemaShape> props = schema.properties();
        long known = props.keySet().stream().filter(PROBLEM_MEMBERS::contains).count();
        return known >= 2 && (props.containsKey("title") || props.containsKey("detail"));
    }

    /** 4xx, 5xx and their ranges; {@code default} only when the operation declares its successes separately. */
    static boolean isError(ResponseUse use) {
        if (use.code().isError()) {
            return true;
        }
        return use.code().isDefault() && use.operations().stream().allMatch(ProblemShapes::hasSuccess);
    }

    private static boolean hasSuccess(Operation op) {
        return op.responses().stream().anyMatch(r -> r.code().isSuccess() || r.code().isRedirection());
    }
}
