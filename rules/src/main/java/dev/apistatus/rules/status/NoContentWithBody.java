package dev.apistatus.rules.status;

import dev.apistatus.core.model.HttpMethod;
import dev.apistatus.core.model.MediaContent;
import dev.apistatus.core.model.ResponseUse;
import dev.apistatus.core.model.CodeUse;
import dev.apistatus.core.rule.Family;
import dev.apistatus.core.rule.Rule;
import dev.apistatus.core.rule.RuleContext;
import dev.apistatus.core.rule.RuleDefinition;
import dev.apistatus.core.rule.Severity;
import dev.apistatus.core.rule.Target;
import dev.apistatus.core.status.HttpStatus;
import dev.apistatus.core.status.StatusRegistry;

/**
 * 1xx, 204, 205 and 304 responses never carry content, nor does any response to HEAD; a spec that declares a
 * body there describes something no HTTP client will receive.
 */
@RuleDefinition(
        id = "no-content-with-body",
        targets = {Target.SPEC, Target.CODE},
        severity = Severity.ERROR,
        family = Family.STATUS,
        summary = "A 204, 205 or 304 response (or any response to HEAD) that declares a body",
        references = {"RFC 9110 §15.3.5 (204)", "RFC 9110 §15.3.6 (205)", "RFC 9110 §15.4.5 (304)",
                "RFC 9110 §9.3.2 (HEAD)", "RFC 9112 §6.3"})
public final class NoContentWithBody implements Rule {

    @Override
    public void check(RuleContext context) {
        checkCode(context);
        for (ResponseUse use : ResponseUse.all(context.model())) {
            if (!use.declaration().hasBody() || !use.code().isExact()) {
                continue;
            }
            MediaContent body = use.declaration().content().get(0);
            HttpStatus status = StatusRegistry.lookup(use.code().code()).orElse(null);
            if (status != null && !status.bodyAllowed()) {
                context.report(body.location(), use.describe() + " declares a body (" + body.mediaType() + "), but "
                        + use.code().code() + " " + status.reason() + " never carries content (" + status.reference()
                        + "): remove the content" + alternative(use.code().code()), use.userLocations());
            } else if (use.operations().stream().allMatch(op -> op.method() == HttpMethod.HEAD)) {
                context.report(body.location(), use.describe() + " declares a body (" + body.mediaType()
                        + "), but a response to HEAD never carries content (RFC 9110 §9.3.2): remove the"
                        + " content; describe the body on the matching GET", use.userLocations());
            }
        }
    }

    private static String alternative(int code) {
        return switch (code) {
            case 204 -> ", or answer 200 if the operation returns something";
            case 304 -> "; a 304 only carries the headers of the cached representation";
            default -> "";
        };
    }

    /** In code: a 204/205/304 built with a body, or a HEAD handler that writes one. */
    private static void checkCode(RuleContext context) {
        for (CodeUse use : CodeUse.all(context.model(), c -> true)) {
            if (!use.declaration().hasBody()) {
                continue;
            }
            HttpStatus status = StatusRegistry.lookup(use.code()).orElse(null);
            if (status != null && !status.bodyAllowed()) {
                context.report(use.location(), use.describe() + " with a body, but " + use.code() + " " + status.reason()
                        + " never carries content (" + status.reference() + "): build it without a body"
                        + alternative(use.code()), use.related());
            }
        }
    }
}
