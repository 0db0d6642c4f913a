package dev.apistatus.rules.headers;

import dev.apistatus.core.model.CodeUse;
import dev.apistatus.core.rule.Family;
import dev.apistatus.core.rule.Rule;
import dev.apistatus.core.rule.RuleContext;
import dev.apistatus.core.rule.RuleDefinition;
import dev.apistatus.core.rule.Severity;
import dev.apistatus.core.rule.Target;
import dev.apistatus.core.status.HttpStatus;
import dev.apistatus.core.status.StatusClass;
import dev.apistatus.core.status.StatusRegistry;

/**
 * A redirect without Location gives the client nowhere to go. The codes are the 3xx codes the status registry
 * ties to a header (301, 302, 303, 307, 308, all with Location); 300, 304 and 305 are not redirects to one URI.
 */
@RuleDefinition(
        id = "redirect-without-location",
        targets = {Target.SPEC, Target.CODE},
        severity = Severity.ERROR,
        family = Family.STATUS,
        summary = "A 301, 302, 303, 307 or 308 redirect that declares no Location header",
        references = {"RFC 9110 §15.4 (Redirection 3xx)", "RFC 9110 §15.4.2-§15.4.4, §15.4.8, §15.4.9",
                "RFC 9110 §10.2.2 (Location)"})
public final class RedirectWithoutLocation implements Rule {

    @Override
    public void check(RuleContext context) {
        checkCode(context);
        for (ResponseGroups.Group g : ResponseGroups.of(context.model(), RedirectWithoutLocation::isRedirect)) {
            int code = g.codes().iterator().next();
            String header = ResponseGroups.requiredHeader(code);
            if (!g.declares(header)) {
                context.report(g.location(), g.describe() + " declares no " + header + " header ("
                        + ResponseGroups.duty(code, header) + "): add a " + header + " header with the URI the client"
                        + " is sent to", g.related());
            }
        }
    }

    /** A 3xx the registry ties to a header: 301, 302, 303, 307, 308. */
    static boolean isRedirect(int code) {
        HttpStatus s = StatusRegistry.lookup(code).orElse(null);
        return s != null && s.isRegistered() && s.statusClass() == StatusClass.REDIRECTION
                && !s.requiredHeaders().isEmpty();
    }

    /** In code: a built response without the header (responses whose headers are partly set out of sight are skipped). */
    private static void checkCode(RuleContext context) {
        for (CodeUse use : ResponseGroups.builtWithoutHeader(context.model(), RedirectWithoutLocation::isRedirect)) {
            ResponseGroups.reportBuiltWithout(context, use, "set it to the URI the client is sent to, e.g. ResponseEntity.status(HttpStatus.SEE_OTHER).location(uri)");
        }
    }
}
