package dev.apistatus.rules.status;

import dev.apistatus.core.model.AnswerTrait;
import dev.apistatus.core.model.CodeOperation;
import dev.apistatus.core.model.Operation;
import dev.apistatus.core.model.Response;
import dev.apistatus.core.model.ResponseCode;
import dev.apistatus.core.model.SourceLocation;
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
import java.util.HashSet;
import java.util.Set;

/**
 * Clients, proxies and libraries only know the codes of the IANA registry; anything else is at best treated
 * as the x00 of its class (RFC 9110 §15), at worst rejected.
 */
@RuleDefinition(
        id = "unregistered-status-code",
        targets = {Target.SPEC, Target.CODE},
        severity = Severity.ERROR,
        family = Family.STATUS,
        summary = "A status code outside the IANA HTTP Status Code Registry (e.g. 299, 420, 499, 600); vendor codes are named",
        references = {"RFC 9110 §15 (Status Codes)", "RFC 9110 §16.2.1 (Status Code Registry)",
                "https://www.iana.org/assignments/http-status-codes"})
public final class UnregisteredStatusCode implements Rule {

    @Override
    public void check(RuleContext context) {
        checkCode(context);
        for (Operation op : context.model().specOperations()) {
            for (Response r : op.responses()) {
                String problem = problem(r.code());
                if (problem != null) {
                    context.report(r.location(), op.describe() + " declares " + problem);
                }
            }
        }
    }

    /** What is wrong with a response key, or null when it is a registered code, a valid range or default. */
    static String problem(ResponseCode code) {
        if (code.isDefault()) {
            return null;
        }
        if (code.isRange()) {
            return code.klass() >= 1 && code.klass() <= 5 ? null
                    : "the range " + code.text() + ", which is no status class: HTTP defines 1XX to 5XX only";
        }
        int c = code.code();
        if (!StatusClass.inRange(c)) {
            return c + ", which is outside the status codes 100-599 that HTTP defines (RFC 9110 §15): use a"
                    + " registered code";
        }
        HttpStatus status = StatusRegistry.lookup(c).orElse(null);
        String fallback = " clients treat it as " + (c / 100) + "00; use a registered code" + suggestion(c);
        if (status == null) {
            return c + ", which is not in the IANA HTTP status code registry:" + fallback;
        }
        if (status.isVendor()) {
            return c + ", a vendor code outside the IANA registry that generic clients do not know; "
                    + status.note() + ";" + fallback;
        }
        if (status.isUnused()) {
            return c + ", which the IANA registry reserves as (Unused) (" + status.reference() + "): it has no"
                    + " meaning in HTTP;" + fallback;
        }
        return null;
    }

    private static String suggestion(int code) {
        return switch (code) {
            case 420, 430 -> " such as 429 Too Many Requests";
            case 509, 529 -> " such as 429 Too Many Requests or 503 Service Unavailable";
            case 418 -> " that names the real condition (400, 403, 503, ...)";
            case 419, 440, 498 -> " such as 401 Unauthorized";
            case 499 -> " (the client closed the connection; nothing is sent, so document no status)";
            case 306 -> " such as 307 or 308";
            default -> "";
        };
    }

    /**
     * In code: a handler or exception handler that answers an unregistered code, reported where the code is chosen:
     * where the response is built, or where the exception is thrown when its handler passes its status on.
     */
    private static void checkCode(RuleContext context) {
        for (CodeUse use : CodeUse.all(context.model(), c -> true)) {
            String problem = problem(use.response().code());
            if (problem != null && !use.evidence().has(AnswerTrait.STATUS_FROM_EXCEPTION)) {
                context.report(use.location(), use.describe() + ": " + problem, use.related());
            }
        }
        Set<SourceLocation> thrown = new HashSet<>();
        for (CodeOperation co : context.model().codeOperations()) {
            for (Response r : co.operation().responses()) {
                String problem = r.code().isExact() ? problem(r.code()) : null;
                if (problem != null && r.evidence() != null && r.evidence().has(AnswerTrait.STATUS_FROM_EXCEPTION)
                        && thrown.add(r.evidence().location())) {
                    context.report(r.evidence().location(), co.handler() + " answers " + r.code().code() + " ("
                            + r.evidence().detail() + "): " + problem);
                }
            }
        }
    }
}
