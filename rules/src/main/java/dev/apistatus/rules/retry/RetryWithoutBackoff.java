package dev.apistatus.rules.retry;

import dev.apistatus.core.model.RetryConstruct;
import dev.apistatus.core.rule.Family;
import dev.apistatus.core.rule.Rule;
import dev.apistatus.core.rule.RuleContext;
import dev.apistatus.core.rule.RuleDefinition;
import dev.apistatus.core.rule.Severity;
import dev.apistatus.core.rule.Target;

/** Retries at a steady pace keep an overloaded server overloaded; waits must grow. */
@RuleDefinition(
        id = "retry-without-backoff",
        targets = {Target.CLIENT},
        severity = Severity.WARNING,
        family = Family.RETRY,
        summary = "Retries with no delay or a constant delay",
        references = {"Google Cloud IAM, Retry failed requests (truncated exponential backoff with jitter)"})
public final class RetryWithoutBackoff implements Rule {

    /** A single retry (two attempts) has no pace to speak of; from three attempts on, the waits matter. */
    private static final long MIN_ATTEMPTS = 3;

    @Override
    public void check(RuleContext context) {
        for (RetryConstruct r : RetryFacts.retries(context)) {
            RetryConstruct.DelayModel model = r.delay().model();
            if (model != RetryConstruct.DelayModel.NONE && model != RetryConstruct.DelayModel.CONSTANT) {
                continue;
            }
            if (!r.bound().atLeast(MIN_ATTEMPTS)) {
                continue;
            }
            String attempts = r.bound().kind() == RetryConstruct.BoundKind.UNBOUNDED ? "its unlimited attempts"
                    : "its " + r.bound().attempts() + " attempts";
            String wait = model == RetryConstruct.DelayModel.NONE ? "no time" : "a constant delay";
            String detail = r.delay().detail() == null ? "" : " (" + r.delay().detail() + ")";
            context.report(r.location(), RetryFacts.subject(r) + " waits " + wait + detail + " between " + attempts + " at "
                    + RetryFacts.calls(r) + ": retries at a steady pace keep a struggling server overloaded; use exponential "
                    + "backoff with jitter: " + RetryFacts.backoffFix(r), RetryFacts.related(r));
        }
    }
}
