package dev.apistatus.rules.retry;

import dev.apistatus.core.model.RetryConstruct;
import dev.apistatus.core.model.StatusSet;
import dev.apistatus.core.rule.Family;
import dev.apistatus.core.rule.Rule;
import dev.apistatus.core.rule.RuleContext;
import dev.apistatus.core.rule.RuleDefinition;
import dev.apistatus.core.rule.Severity;
import dev.apistatus.core.rule.Target;

/** A 4xx says the request is wrong; sending the same request again fails the same way. */
@RuleDefinition(
        id = "retry-on-client-error",
        targets = {Target.CLIENT},
        severity = Severity.ERROR,
        family = Family.RETRY,
        summary = "A retry condition that includes 4xx statuses other than 408, 425 and 429",
        references = {"RFC 9110 §15.5 (Client Error 4xx)", "RFC 9110 §15.5.9 (408 Request Timeout)",
                "RFC 8470 §5.2 (425 Too Early)", "RFC 6585 §4 (429 Too Many Requests)",
                "Google AIP-194 (Automatic retry configuration: INVALID_ARGUMENT)"})
public final class RetryOnClientError implements Rule {

    /** The client errors a repetition can cure. */
    private static final StatusSet RETRYABLE = StatusSet.of(408, 425, 429);

    @Override
    public void check(RuleContext context) {
        for (RetryConstruct r : RetryFacts.retries(context)) {
            RetryConstruct.Condition c = r.retriesOn();
            if (!c.statusesKnown()) {
                continue;
            }
            StatusSet bad = c.statuses().intersect(StatusSet.series(4)).minus(RETRYABLE);
            if (bad.isEmpty()) {
                continue;
            }
            String from = c.statusDetail() == null ? "" : " (" + c.statusDetail() + ")";
            String which = bad.equals(StatusSet.series(4).minus(RETRYABLE)) ? "4xx" : bad.describe();
            context.report(r.location(), RetryFacts.subject(r) + " retries client errors " + which + from + " on "
                    + RetryFacts.calls(r) + ": a 4xx other than 408, 425 and 429 means the request itself is wrong, and "
                    + "repeating it fails the same way while adding load; retry only 408, 425, 429 and 5xx such as 502, 503 "
                    + "and 504", RetryFacts.related(r));
        }
    }
}
