package dev.apistatus.rules.problem;

import dev.apistatus.core.model.MediaContent;
import dev.apistatus.core.model.Operation;
import dev.apistatus.core.model.ResponseUse;
import dev.apistatus.core.model.SchemaShape;
import dev.apistatus.core.model.SourceLocation;
import dev.apistatus.core.model.CodeUse;
import dev.apistatus.core.rule.Family;
import dev.apistatus.core.rule.Rule;
import dev.apistatus.core.rule.RuleContext;
import dev.apistatus.core.rule.RuleDefinition;
import dev.apistatus.core.rule.Severity;
import dev.apistatus.core.rule.Target;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A problem describes an error; sent with a 2xx status it tells generic HTTP software (caches, retries, client
 * libraries) that the request succeeded while the body says it failed.
 */
@RuleDefinition(
        id = "problem-on-success",
        targets = {Target.SPEC, Target.CODE},
        severity = Severity.WARNING,
        family = Family.PROBLEM_DETAILS,
        summary = "A problem media type (or the API's problem schema) on a 2xx response",
        references = {"RFC 9457 §1 (problem details fit the semantics of 4xx and 5xx responses)",
                "RFC 9457 §3.1.2 (status: the same code in the actual HTTP response)", "RFC 9110 §15.3 (2xx: the request succeeded)"})
public final class ProblemOnSuccess implements Rule {

    @Override
    public void check(RuleContext context) {
        checkCode(context);
        List<ResponseUse> uses = ResponseUse.all(context.model());
        Set<Operation> swagger2 = ProblemShapes.swagger2Operations(context.model());
        // schemas the API itself serves as problems: the same schema under a success status is a problem too
        Set<SourceLocation> problemSchemas = new HashSet<>();
        for (ResponseUse use : uses) {
            if (use.declaration().isResolved() && !use.code().isSuccess()) {
                for (MediaContent content : use.declaration().content()) {
                    if (ProblemShapes.declaredAsProblem(use, content, swagger2) && content.schema() != null
                            && content.schema().name() != null) {
                        problemSchemas.add(content.schema().location());
                    }
                }
            }
        }
        for (ResponseUse use : uses) {
            if (!use.declaration().isResolved() || !use.code().isSuccess()) {
                continue;
            }
            for (MediaContent content : use.declaration().content()) {
                SchemaShape schema = content.schema();
                if (ProblemShapes.declaredAsProblem(use, content, swagger2)) {
                    context.report(content.location(), use.describe() + " answers a success status with "
                            + content.mediaType() + ", a problem (an error report, RFC 9457 §1): if the request"
                            + " can fail here, answer the failure with its 4xx/5xx code; otherwise describe the"
                            + " result with its own media type (e.g. application/json)", use.userLocations());
                } else if (schema != null && problemSchemas.contains(schema.location())) {
                    context.report(content.location(), use.describe() + " answers a success status with "
                            + ProblemShapes.name(schema) + ", which the API serves as application/problem+json for"
                            + " its errors: answer the failure with its 4xx/5xx code, or describe the result with"
                            + " a schema of its own", use.userLocations());
                }
            }
        }
    }

    /** In code: a ProblemDetail (or problem media type) sent with a 2xx status. */
    private static void checkCode(RuleContext context) {
        for (CodeUse use : CodeUse.all(context.model(), c -> c >= 200 && c <= 299)) {
            if (use.declaration().hasBody() && use.declaration().content().get(0).isProblemDetails()) {
                context.report(use.location(), use.describe() + " with a problem body: a problem reports an error"
                        + " (RFC 9457 §1); answer the failure with its 4xx/5xx status (ProblemDetail.forStatus(...) with"
                        + " that status), or send the success result as a plain body", use.related());
            }
        }
    }
}
