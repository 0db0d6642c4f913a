package dev.apistatus.rules.headers;

import dev.apistatus.core.model.CodeUse;
import dev.apistatus.core.rule.Family;
import dev.apistatus.core.rule.Rule;
import dev.apistatus.core.rule.RuleContext;
import dev.apistatus.core.rule.RuleDefinition;
import dev.apistatus.core.rule.Severity;
import dev.apistatus.core.rule.Target;

/**
 * A 401 asks the client for credentials; the WWW-Authenticate challenge says which scheme to use. When a gateway
 * adds the header, document it anyway: the contract describes what clients receive.
 */
@RuleDefinition(
        id = "unauthorized-without-www-authenticate",
        targets = {Target.SPEC, Target.CODE},
        severity = Severity.WARNING,
        family = Family.STATUS,
        summary = "A 401 Unauthorized response that declares no WWW-Authenticate header",
        references = {"RFC 9110 §15.5.2 (401 Unauthorized)", "RFC 9110 §11.6.1 (WWW-Authenticate)"})
public final class UnauthorizedWithoutWwwAuthenticate implements Rule {

    private static final int CODE = 401;

    @Override
    public void check(RuleContext context) {
        checkCode(context);
        String header = ResponseGroups.requiredHeader(CODE);
        for (ResponseGroups.Group g : ResponseGroups.of(context.model(), c -> c == CODE)) {
            if (!g.declares(header)) {
                context.report(g.location(), g.describe() + " declares no " + header + " header ("
                        + ResponseGroups.duty(CODE, header) + " with at least one challenge): add a " + header
                        + " header naming the scheme clients must use, e.g. " + header + ": Bearer realm=\"api\"",
                        g.related());
            }
        }
    }

    /** In code: a built response without the header (responses whose headers are partly set out of sight are skipped). */
    private static void checkCode(RuleContext context) {
        for (CodeUse use : ResponseGroups.builtWithoutHeader(context.model(), c -> c == CODE)) {
            ResponseGroups.reportBuiltWithout(context, use, "set it with the scheme clients must use, e.g. .header(HttpHeaders.WWW_AUTHENTICATE, \"Bearer realm=\\\"api\\\"\")");
        }
    }
}
