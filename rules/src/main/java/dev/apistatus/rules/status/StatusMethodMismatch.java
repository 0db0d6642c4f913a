package dev.apistatus.rules.status;

import dev.apistatus.core.model.Operation;
import dev.apistatus.core.model.Response;
import dev.apistatus.core.model.CodeOperation;
import dev.apistatus.core.rule.Family;
import dev.apistatus.core.rule.Rule;
import dev.apistatus.core.rule.RuleContext;
import dev.apistatus.core.rule.RuleDefinition;
import dev.apistatus.core.rule.Severity;
import dev.apistatus.core.rule.Target;
import dev.apistatus.core.status.MethodStatusMatrix;
import dev.apistatus.core.status.MethodStatusMatrix.Mismatch;
import dev.apistatus.core.status.StatusRegistry;

/**
 * A status code that cannot be the answer to the operation's method (201 to a GET, 304 to a POST, ...). The
 * combinations come from {@link MethodStatusMatrix}. The finding is per operation, on the status key, even when
 * the response is a shared component: the code is wrong for this method, not for the component.
 */
@RuleDefinition(
        id = "status-method-mismatch",
        targets = {Target.SPEC, Target.CODE},
        severity = Severity.WARNING,
        family = Family.STATUS,
        summary = "A status code that makes no sense for the method: 201 on GET/DELETE, 304 outside GET/HEAD, 207"
                + " outside POST, 204/409/412/415 or 202 on GET",
        references = {"RFC 9110 §9.3 (method definitions)", "RFC 9110 §13.1.2 (304 only for GET and HEAD)",
                "RFC 9110 §15.3.2, §15.3.3, §15.3.5, §15.4.5, §15.5.10, §15.5.13, §15.5.16",
                "RFC 4918 §11.1 (207)", "Zalando RESTful API Guidelines rules 150 and 152"})
public final class StatusMethodMismatch implements Rule {

    @Override
    public void check(RuleContext context) {
        checkCode(context);
        for (Operation op : context.model().specOperations()) {
            for (Response r : op.responses()) {
                if (!r.code().isExact()) {
                    continue;
                }
                Mismatch m = MethodStatusMatrix.mismatch(op.method(), r.code().code()).orElse(null);
                if (m == null || excused(m, op)) {
                    continue;
                }
                context.report(r.location(), op.describe() + " declares " + StatusRegistry.describe(m.code())
                        + ", which does not fit " + op.method() + ": " + m.why() + "; " + m.advice());
            }
        }
    }

    private static boolean excused(Mismatch m, Operation op) {
        return switch (m.unless()) {
            case NEVER -> false;
            case CONDITIONAL_REQUEST -> MethodStatusMatrix.PRECONDITION_HEADERS.stream().anyMatch(op::hasHeaderParameter);
            case REQUEST_CONTENT -> op.requestBody() != null;
        };
    }

    /** In code: a handler that answers a status that does not fit its method. */
    private static void checkCode(RuleContext context) {
        for (CodeOperation co : context.model().codeOperations()) {
            Operation op = co.operation();
            for (Response r : op.responses()) {
                if (r.evidence() == null || r.evidence().isFrameworkDefault()) {
                    continue;
                }
                Mismatch m = MethodStatusMatrix.mismatch(op.method(), r.code().code()).orElse(null);
                if (m == null || m.unless() != MethodStatusMatrix.Unless.NEVER) {
                    continue;
                }
                context.report(r.location(), co.handler() + " (" + op.describe() + ") answers "
                        + StatusRegistry.describe(m.code()) + " (" + r.evidence().detail() + "), which does not fit "
                        + op.method() + ": " + m.why() + "; " + m.advice());
            }
        }
    }
}
