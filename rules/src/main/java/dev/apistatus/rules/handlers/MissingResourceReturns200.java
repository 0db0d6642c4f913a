package dev.apistatus.rules.handlers;

import dev.apistatus.core.model.AnswerTrait;
import dev.apistatus.core.model.CodeOperation;
import dev.apistatus.core.model.Evidence;
import dev.apistatus.core.model.HttpMethod;
import dev.apistatus.core.model.Response;
import dev.apistatus.core.rule.Family;
import dev.apistatus.core.rule.Rule;
import dev.apistatus.core.rule.RuleContext;
import dev.apistatus.core.rule.RuleDefinition;
import dev.apistatus.core.rule.Severity;
import dev.apistatus.core.rule.Target;
import java.util.HashSet;
import java.util.Set;

/**
 * A lookup that finds nothing and answers 200 with an empty body: the client cannot tell "not there" from
 * "there and empty", and caches keep the empty answer as the resource.
 */
@RuleDefinition(
        id = "missing-resource-returns-200",
        targets = {Target.CODE},
        severity = Severity.WARNING,
        family = Family.HANDLER,
        summary = "A lookup handler answers 200 with null, Optional.orElse(null) or an empty body when the resource is missing, instead of 404",
        references = {"RFC 9110 §15.5.5 (404 Not Found)", "RFC 9110 §15.3.1 (200 OK: the content is a representation of the target resource)",
                "Spring Framework Javadoc, ResponseEntity.of(Optional) (404 for an empty Optional)"})
public final class MissingResourceReturns200 implements Rule {

    /** Methods that read or change an existing resource; POST (actions, creation) and DELETE (idempotent) are left out. */
    private static final Set<HttpMethod> LOOKUPS = Set.of(HttpMethod.GET, HttpMethod.PUT, HttpMethod.PATCH);

    @Override
    public void check(RuleContext context) {
        Set<String> reported = new HashSet<>();
        for (CodeOperation op : context.model().codeOperations()) {
            if (!LOOKUPS.contains(op.operation().method())) {
                continue;
            }
            boolean byId = op.operation().parameters().stream().anyMatch(p -> p.in().equals("path"));
            for (Response r : op.operation().responses()) {
                Evidence e = r.evidence();
                if (r.code().code() != 200 || e == null || e.kind() == Evidence.Kind.EXCEPTION || e.isFrameworkDefault()) {
                    continue;
                }
                boolean missing = e.has(AnswerTrait.LOOKUP_MISSING);
                boolean isNull = e.has(AnswerTrait.RETURNS_NULL);
                boolean flagged = missing && (isNull || !r.declaration().hasBody()) || isNull && byId && op.operation().method() == HttpMethod.GET;
                if (flagged && reported.add(e.location().toString())) {
                    String what = !isNull ? "answers with an empty body (" + e.detail() + ")"
                            : e.kind() == Evidence.Kind.BUILDER ? "answers " + e.detail() + " with a null body"
                            : e.detail().contains("orElse(null)") ? "returns Optional.orElse(null)" : "returns null";
                    context.report(e.location(), op.handler() + " (" + op.operation().describe() + ") " + what
                            + (missing ? " when the lookup finds nothing" : "") + ": Spring answers 200 with no content, so"
                            + " clients cannot tell a missing resource from an empty one. Answer 404: return"
                            + " ResponseEntity.of(optional) or ResponseEntity.notFound().build(), or throw an exception mapped to 404");
                }
            }
        }
    }
}
