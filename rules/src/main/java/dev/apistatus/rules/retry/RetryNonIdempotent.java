package dev.apistatus.rules.retry;

import dev.apistatus.core.model.HttpCall;
import dev.apistatus.core.model.HttpMethod;
import dev.apistatus.core.model.RetryConstruct;
import dev.apistatus.core.model.StatusSet;
import dev.apistatus.core.model.Tri;
import dev.apistatus.core.rule.Family;
import dev.apistatus.core.rule.Rule;
import dev.apistatus.core.rule.RuleContext;
import dev.apistatus.core.rule.RuleDefinition;
import dev.apistatus.core.rule.Severity;
import dev.apistatus.core.rule.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A POST or PATCH is not idempotent: when a response is lost after the server acted, repeating the request acts
 * again. A retry around one needs a key the server can recognise the repetition by.
 */
@RuleDefinition(
        id = "retry-non-idempotent",
        targets = {Target.CLIENT},
        severity = Severity.ERROR,
        family = Family.RETRY,
        summary = "A retry around a POST or PATCH that sends no Idempotency-Key",
        references = {"RFC 9110 §9.2.2 (Idempotent Methods)", "draft-ietf-httpapi-idempotency-key-header (Idempotency-Key)",
                "Google AIP-194 (Automatic retry configuration)"},
        options = "idempotencyHeaders")
public final class RetryNonIdempotent implements Rule {

    static final String IDEMPOTENCY_HEADERS = "idempotencyHeaders";

    private static final Set<String> DEFAULT_HEADERS = Set.of("Idempotency-Key", "X-Idempotency-Key");

    /** 425 Too Early and 429 Too Many Requests: the server did not act on the request. */
    private static final StatusSet REFUSED = StatusSet.of(425, 429);

    @Override
    public void check(RuleContext context) {
        Set<String> headers = context.options().getStrings(IDEMPOTENCY_HEADERS, DEFAULT_HEADERS);
        for (RetryConstruct r : RetryFacts.retries(context)) {
            if (r.idempotentOnly() || onlyRefusals(r)) {
                continue;
            }
            for (HttpCall call : r.calls()) {
                if (call.method() != HttpMethod.POST && call.method() != HttpMethod.PATCH) {
                    continue;
                }
                if (call.sends(headers) != Tri.NO) {
                    continue;
                }
                List<dev.apistatus.core.model.SourceLocation> related = new ArrayList<>();
                if (!call.location().equals(r.location())) {
                    related.add(call.location());
                }
                related.addAll(r.related());
                context.report(r.location(), RetryFacts.subject(r) + " retries " + call.describe() + " (" + call.location()
                        + "), which sends no " + String.join(" or ", new java.util.TreeSet<>(headers)) + " header: when a response is lost"
                        + " after the server acted, the retry repeats the " + call.method() + " (a second order, a second charge); "
                        + "add an Idempotency-Key header (one key per operation, the same on every attempt), or do not retry this call",
                        related);
            }
        }
    }

    /** A retry on 425/429 responses only: the server refused the request, so repeating it repeats nothing. */
    private static boolean onlyRefusals(RetryConstruct r) {
        RetryConstruct.Condition c = r.retriesOn();
        return c.exceptions() == RetryConstruct.Exceptions.NONE && c.statusesKnown() && !c.statuses().isEmpty()
                && REFUSED.containsAll(c.statuses());
    }
}
