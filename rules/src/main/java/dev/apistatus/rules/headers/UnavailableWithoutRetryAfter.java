package dev.apistatus.rules.headers;

import dev.apistatus.core.model.CodeUse;
import dev.apistatus.core.rule.Family;
import dev.apistatus.core.rule.Rule;
import dev.apistatus.core.rule.RuleContext;
import dev.apistatus.core.rule.RuleDefinition;
import dev.apistatus.core.rule.Severity;
import dev.apistatus.core.rule.Target;

/** A 503 is temporary; Retry-After tells clients how long to wait instead of letting each guess (or hammer). */
@RuleDefinition(
        id = "unavailable-without-retry-after",
        targets = {Target.SPEC, Target.CODE},
        severity = Severity.NOTE,
        family = Family.STATUS,
        summary = "A 503 Service Unavailable response that declares no Retry-After header",
        references = {"RFC 9110 §15.6.4 (503 Service Unavailable)", "RFC 9110 §10.2.3 (Retry-After)"})
public final class UnavailableWithoutRetryAfter implements Rule {

    private static final int CODE = 503;

    @Override
    public void check(RuleContext context) {
        checkCode(context);
        String header = ResponseGroups.requiredHeader(CODE);
        for (ResponseGroups.Group g : ResponseGroups.of(context.model(), c -> c == CODE)) {
            if (!g.declares(header)) {
                context.report(g.location(), g.describe() + " declares no " + header + " header ("
                        + ResponseGroups.duty(CODE, header) + "): add " + header + " (seconds or an HTTP date) so"
                        + " clients know when to try again instead of retrying at once", g.related());
            }
        }
    }

    /** In code: a built response without the header (responses whose headers are partly set out of sight are skipped). */
    private static void checkCode(RuleContext context) {
        for (CodeUse use : ResponseGroups.builtWithoutHeader(context.model(), c -> c == CODE)) {
            ResponseGroups.reportBuiltWithout(context, use, "set it when the outage has a known end, e.g. .header(HttpHeaders.RETRY_AFTER, \"120\")");
        }
    }
}
