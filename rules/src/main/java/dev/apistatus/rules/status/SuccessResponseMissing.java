package dev.apistatus.rules.status;

import dev.apistatus.core.model.Operation;
import dev.apistatus.core.model.Response;
import dev.apistatus.core.rule.Family;
import dev.apistatus.core.rule.Rule;
import dev.apistatus.core.rule.RuleContext;
import dev.apistatus.core.rule.RuleDefinition;
import dev.apistatus.core.rule.Severity;
import dev.apistatus.core.rule.Target;

/** An operation must say what it answers when it succeeds: a 2xx, or a 3xx for a redirecting operation. */
@RuleDefinition(
        id = "success-response-missing",
        targets = Target.SPEC,
        severity = Severity.ERROR,
        family = Family.STATUS,
        summary = "The operation declares no success (2xx) or redirect (3xx) response; a lone default does not count",
        references = {"OpenAPI Specification 3.1.0 §4.8.16 (Responses Object)", "RFC 9110 §15.3"})
public final class SuccessResponseMissing implements Rule {

    @Override
    public void check(RuleContext context) {
        for (Operation op : context.model().specOperations()) {
            boolean answers = op.responses().stream()
                    .map(Response::code)
                    .anyMatch(c -> c.isSuccess() || c.isRedirection());
            // A retired operation answers 410 Gone to every request: it has no success left to declare.
            if (answers || op.response(410).isPresent()) {
                continue;
            }
            boolean onlyDefault = op.responses().stream().anyMatch(r -> r.code().isDefault());
            context.report(op.location(), op.describe() + " declares no success (2xx) or redirect (3xx) response"
                    + (onlyDefault ? "; 'default' does not say which status success is" : "")
                    + ": declare the status it answers with, e.g. "
                    + suggestion(op) + ", with its body");
        }
    }

    private static String suggestion(Operation op) {
        return switch (op.method()) {
            case POST -> "201 (creates) or 200 (action)";
            case DELETE -> "204";
            default -> "200";
        };
    }
}
