package dev.apistatus.rules.retry;

import dev.apistatus.core.model.RetryConstruct;
import dev.apistatus.core.model.StatusSet;
import dev.apistatus.core.model.Tri;
import dev.apistatus.core.rule.Family;
import dev.apistatus.core.rule.Rule;
import dev.apistatus.core.rule.RuleContext;
import dev.apistatus.core.rule.RuleDefinition;
import dev.apistatus.core.rule.Severity;
import dev.apistatus.core.rule.Target;

/** 429 and 503 may say when to come back (Retry-After); a client that comes back earlier is refused again. */
@RuleDefinition(
        id = "retry-ignores-retry-after",
        targets = {Target.CLIENT},
        severity = Severity.WARNING,
        family = Family.RETRY,
        summary = "429 or 503 retried on the client's own schedule without reading Retry-After",
        references = {"RFC 9110 §10.2.3 (Retry-After)", "RFC 6585 §4 (429 Too Many Requests)",
                "RFC 9110 §15.6.4 (503 Service Unavailable)"})
public final class RetryIgnoresRetryAfter implements Rule {

    private static final StatusSet TOLD = StatusSet.of(429, 503);

    @Override
    public void check(RuleContext context) {
        for (RetryConstruct r : RetryFacts.retries(context)) {
            RetryConstruct.Condition c = r.retriesOn();
            if (!c.statusesKnown() || r.retryAfter() != Tri.NO) {
                continue;
            }
            StatusSet told = c.statuses().intersect(TOLD);
            if (told.isEmpty()) {
                continue;
            }
            context.report(r.location(), RetryFacts.subject(r) + " retries " + told.describe() + " on " + RetryFacts.calls(r)
                    + " on its own schedule without reading Retry-After: the server says when it can take the request again, "
                    + "and coming back earlier is refused again and adds to the overload; wait for the Retry-After delay "
                    + "(seconds or an HTTP date) when the response carries one, and back off when it does not",
                    RetryFacts.related(r));
        }
    }
}
