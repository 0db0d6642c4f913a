package dev.apistatus.rules.headers;

import dev.apistatus.core.model.CodeUse;
import dev.apistatus.core.rule.Family;
import dev.apistatus.core.rule.Rule;
import dev.apistatus.core.rule.RuleContext;
import dev.apistatus.core.rule.RuleDefinition;
import dev.apistatus.core.rule.Severity;
import dev.apistatus.core.rule.Target;

/** A 405 tells the client the method is wrong; the Allow header tells it which methods are right. */
@RuleDefinition(
        id = "method-not-allowed-without-allow",
        targets = {Target.SPEC, Target.CODE},
        severity = Severity.WARNING,
        family = Family.STATUS,
        summary = "A 405 Method Not Allowed response that declares no Allow header",
        references = {"RFC 9110 §15.5.6 (405 Method Not Allowed)", "RFC 9110 §10.2.1 (Allow)"})
public final class MethodNotAllowedWithoutAllow implements Rule {

    private static final int CODE = 405;

    @Override
    public void check(RuleContext context) {
        checkCode(context);
        String header = ResponseGroups.requiredHeader(CODE);
        for (ResponseGroups.Group g : ResponseGroups.of(context.model(), c -> c == CODE)) {
            if (!g.declares(header)) {
                context.report(g.location(), g.describe() + " declares no " + header + " header ("
                        + ResponseGroups.duty(CODE, header) + "): add an " + header + " header listing the methods"
                        + " the resource supports, e.g. " + header + ": GET, HEAD (if the method is allowed and the request"
                        + " fails for another reason, answer 400, 409 or 422 instead)", g.related());
            }
        }
    }

    /** In code: a built response without the header (responses whose headers are partly set out of sight are skipped). */
    private static void checkCode(RuleContext context) {
        for (CodeUse use : ResponseGroups.builtWithoutHeader(context.model(), c -> c == CODE)) {
            ResponseGroups.reportBuiltWithout(context, use, "set it, e.g. .header(HttpHeaders.ALLOW, \"GET, HEAD\"), or answer 400, 409 or 422 if the method is allowed");
        }
    }
}
