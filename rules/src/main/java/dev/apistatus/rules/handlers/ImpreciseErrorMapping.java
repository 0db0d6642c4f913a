package dev.apistatus.rules.handlers;

import dev.apistatus.core.model.AnswerTrait;
import dev.apistatus.core.model.ErrorMapping;
import dev.apistatus.core.model.Response;
import dev.apistatus.core.rule.Family;
import dev.apistatus.core.rule.Rule;
import dev.apistatus.core.rule.RuleContext;
import dev.apistatus.core.rule.RuleDefinition;
import dev.apistatus.core.rule.Severity;
import dev.apistatus.core.rule.Target;
import dev.apistatus.core.status.StatusRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An exception whose name says what went wrong, answered with a status of the wrong class: a missing resource
 * as 400 or 500, invalid input as 404 or 500, every exception as a 4xx, a conflict as 400, an authentication
 * failure as anything but 401. Clients branch on the status: the wrong class sends them the wrong way (retrying
 * what cannot succeed, fixing a request that was right, re-authenticating for a permission).
 */
@RuleDefinition(
        id = "imprecise-error-mapping",
        targets = {Target.CODE},
        severity = Severity.WARNING,
        family = Family.HANDLER,
        summary = "An exception mapped to the wrong class of status: not-found as 400/500, validation as 404/500, a catch-all Exception as 4xx, a conflict as 400, an authentication failure as anything but 401",
        references = {"RFC 9110 §15.5.1 (400)", "RFC 9110 §15.5.2 (401)", "RFC 9110 §15.5.4 (403)", "RFC 9110 §15.5.5 (404)",
                "RFC 9110 §15.5.10 (409)", "RFC 9110 §15.5.21 (422)", "RFC 9110 §15.6.1 (500)",
                "Salesforce B2C Commerce API, HTTP Status Codes and Errors"})
public final class ImpreciseErrorMapping implements Rule {

    @Override
    public void check(RuleContext context) {
        for (ErrorMapping m : context.model().errorMappings()) {
            if (!m.isComplete()) {
                continue; // a status computed at run time may be the right one
            }
            // one answer per status: the first (the annotation before the returns it applies to)
            Map<Integer, Response> byStatus = new LinkedHashMap<>();
            m.responses().stream().filter(r -> r.code().isError() && !r.evidence().has(AnswerTrait.VIEW))
                    .forEach(r -> byStatus.putIfAbsent(r.code().code(), r));
            List<Response> errors = List.copyOf(byStatus.values());
            if (errors.isEmpty()) {
                continue;
            }
            // per answer, the handled types it gets wrong (and their kind), when no answer is right for them
            Map<Response, List<String>> wrongTypes = new LinkedHashMap<>();
            Map<Response, ErrorKind> kinds = new LinkedHashMap<>();
            for (ErrorMapping.HandledType t : m.handled()) {
                Optional<ErrorKind> kind = ErrorKind.of(t);
                if (kind.isEmpty() || errors.stream().anyMatch(r -> kind.get().isRight(r.code().code()))) {
                    continue;
                }
                for (Response r : errors) {
                    if (kind.get().isWrong(r.code().code())) {
                        wrongTypes.computeIfAbsent(r, x -> new ArrayList<>()).add(t.name());
                        kinds.putIfAbsent(r, kind.get());
                    }
                }
            }
            for (Map.Entry<Response, List<String>> e : wrongTypes.entrySet()) {
                Response r = e.getKey();
                ErrorKind kind = kinds.get(r);
                context.report(r.evidence().location(), message(m, r, String.join(", ", e.getValue()), kind));
            }
        }
    }

    private static String message(ErrorMapping m, Response r, String types, ErrorKind kind) {
        int status = r.code().code();
        String by = switch (m.kind()) {
            case RESPONSE_STATUS -> " by its @ResponseStatus";
            case STATUS_EXCEPTION -> " by the status it passes to its superclass";
            default -> " by " + m.name();
        };
        String subject = kind == ErrorKind.CATCH_ALL ? "Every " + types + " (anything not handled more precisely)" : types;
        return subject + " is answered " + StatusRegistry.describe(status) + by + ", but " + kind.meaning() + " is "
                + kind.right() + " (" + kind.reference() + ")" + consequence(kind, status);
    }

    private static String consequence(ErrorKind kind, int status) {
        if (kind == ErrorKind.CATCH_ALL) {
            return ": a 4xx blames the client for the server's bugs and outages. Answer 500 here and map the client"
                    + " errors you expect to their 4xx by their own exception types";
        }
        if (kind == ErrorKind.AUTHENTICATION && status == 403) {
            return ": 403 means the authenticated caller lacks permission, so clients do not re-authenticate. Answer 401"
                    + " with a WWW-Authenticate challenge (if the exception means a missing permission, name it so and keep 403)";
        }
        if (status >= 500) {
            return ": a 5xx blames the server and invites retries of a request that cannot succeed. Answer " + kind.right();
        }
        if (status == 400) {
            return ": a 400 tells the client its request is malformed when it is not. Answer " + kind.right();
        }
        if (status == 404) {
            return ": a 404 tells the client the resource does not exist. Answer " + kind.right();
        }
        return ". Answer " + kind.right();
    }
}
