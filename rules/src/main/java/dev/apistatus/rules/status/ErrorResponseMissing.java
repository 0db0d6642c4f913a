package dev.apistatus.rules.status;

import dev.apistatus.core.model.Operation;
import dev.apistatus.core.model.Response;
import dev.apistatus.core.model.ResponseCode;
import dev.apistatus.core.rule.Family;
import dev.apistatus.core.rule.Rule;
import dev.apistatus.core.rule.RuleContext;
import dev.apistatus.core.rule.RuleDefinition;
import dev.apistatus.core.rule.Severity;
import dev.apistatus.core.rule.Target;
import java.util.ArrayList;
import java.util.List;

/**
 * An operation that declares no client error at all: no 4xx code, no {@code 4XX} range and no {@code default}.
 * Every operation can fail on the client's side, and a client generated from the spec then has no error type to
 * decode.
 */
@RuleDefinition(
        id = "error-response-missing",
        targets = Target.SPEC,
        severity = Severity.WARNING,
        family = Family.STATUS,
        summary = "The operation declares no 4xx response, no 4XX range and no default",
        references = {"Zalando RESTful API Guidelines rule 151 (specify success and error responses)",
                "OpenAPI Specification 3.1.0 §4.8.16 (Responses Object: default, ranges)", "RFC 9110 §15.5"})
public final class ErrorResponseMissing implements Rule {

    @Override
    public void check(RuleContext context) {
        for (Operation op : context.model().specOperations()) {
            boolean declares = op.responses().stream().map(Response::code)
                    .anyMatch(c -> c.isDefault() || c.klass() == 4);
            if (declares) {
                continue;
            }
            List<String> serverErrors = op.responses().stream().map(Response::code)
                    .filter(c -> c.klass() == 5).map(ResponseCode::text).toList();
            context.report(op.location(), op.describe() + " declares no client error response (no 4xx, no 4XX and"
                    + " no default" + (serverErrors.isEmpty() ? "" : "; only " + String.join(", ", serverErrors))
                    + "): declare the errors a client must handle, e.g. " + suggestions(op)
                    + ", or a default response with the error body");
        }
    }

    private static String suggestions(Operation op) {
        List<String> out = new ArrayList<>();
        if (OperationTraits.takesInput(op)) {
            out.add("400 for invalid input");
        }
        if (op.requiresAuthentication()) {
            out.add("401 for a missing or bad credential");
        }
        if (OperationTraits.hasPathParameter(op)) {
            out.add("404 for an unknown " + OperationTraits.quoted(OperationTraits.pathParameters(op), 3, "or"));
        }
        if (out.isEmpty()) {
            out.add("400 for a request it cannot process, 401 or 403 when the call needs a credential or a permission");
        }
        return String.join(", ", out);
    }
}
