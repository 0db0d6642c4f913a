package dev.apistatus.rules.contract;

import dev.apistatus.core.contract.ContractMatch;
import dev.apistatus.core.contract.OperationMatcher;
import dev.apistatus.core.contract.SpecOperation;
import dev.apistatus.core.rule.Family;
import dev.apistatus.core.rule.Rule;
import dev.apistatus.core.rule.RuleContext;
import dev.apistatus.core.rule.RuleDefinition;
import dev.apistatus.core.rule.Severity;
import dev.apistatus.core.rule.Target;
import java.util.List;

/**
 * A spec operation that no handler serves: clients generated from the spec call it and get 404 or 405 (or, with
 * a generated interface left as is, 501). Reported at the operation in the spec. Only for specs held against the
 * code at all (at least one operation matched); an operation is left alone when a handler's template or pattern
 * covers it, when code the reader cannot follow may serve it (mappings inherited from a superclass, a path it
 * cannot evaluate, functional routes), for OPTIONS, for HEAD of a served GET, and for a retired operation
 * (410 and no success).
 */
@RuleDefinition(
        id = "unimplemented-operation",
        targets = Target.CROSS,
        severity = Severity.ERROR,
        family = Family.CONTRACT,
        summary = "A spec operation with no handler in the code",
        references = {"OpenAPI Specification 3.1.0 §4.8.8 (Paths Object)", "RFC 9110 §15.5.5 (404)", "RFC 9110 §15.5.6 (405)"})
public final class UnimplementedOperation implements Rule {

    @Override
    public void check(RuleContext context) {
        if (context.model().specs().isEmpty() || context.model().codeOperations().isEmpty()
                && context.model().unmappedHandlers().isEmpty()) {
            return;
        }
        ContractMatch contract = OperationMatcher.match(context.model());
        boolean contractFirst = !context.model().unmappedHandlers().isEmpty();
        for (SpecOperation s : contract.unimplemented()) {
            String id = s.operation().operationId() == null ? "" : " (operationId " + s.operation().operationId() + ")";
            String message = contractFirst
                    ? s.describe() + id + " has no handler: no controller or delegate method " + methodName(s)
                    + " overrides the generated interface, so clients get its default answer (501 Not Implemented"
                    + " with openapi-generator); implement " + methodName(s) + ", or remove the operation from the spec"
                    : s.describe() + id + " has no handler in the code: clients calling it get 404 (405 when the path"
                    + " is served for other methods); add a handler mapped to " + s.describe()
                    + ", or remove the operation from the spec";
            context.report(s.location(), message, List.of());
        }
    }

    private static String methodName(SpecOperation s) {
        String id = s.operation().operationId();
        if (id == null || id.isBlank()) {
            return "named after the operation";
        }
        // as openapi-generator camelizes it: delete-order and delete_order give deleteOrder
        StringBuilder out = new StringBuilder();
        for (String part : id.split("[^A-Za-z0-9]+")) {
            if (part.isEmpty()) {
                continue;
            }
            out.append(out.isEmpty() ? Character.toLowerCase(part.charAt(0)) : Character.toUpperCase(part.charAt(0)))
                    .append(part.substring(1));
        }
        return out.isEmpty() ? id : out.toString();
    }
}
