package dev.apistatus.rules.retry;

import dev.apistatus.core.model.RetryConstruct;
import dev.apistatus.core.rule.Family;
import dev.apistatus.core.rule.Rule;
import dev.apistatus.core.rule.RuleContext;
import dev.apistatus.core.rule.RuleDefinition;
import dev.apistatus.core.rule.Severity;
import dev.apistatus.core.rule.Target;

/** Without a cap, a permanent failure turns into requests forever. */
@RuleDefinition(
        id = "retry-unbounded",
        targets = {Target.CLIENT},
        severity = Severity.ERROR,
        family = Family.RETRY,
        summary = "A retry with no cap on attempts or total time",
        references = {"Google Cloud IAM, Retry failed requests (truncated exponential backoff with jitter)"})
public final class RetryUnbounded implements Rule {

    @Override
    public void check(RuleContext context) {
        for (RetryConstruct r : RetryFacts.retries(context)) {
            if (r.bound().kind() != RetryConstruct.BoundKind.UNBOUNDED) {
                continue;
            }
            context.report(r.location(), RetryFacts.subject(r) + " retries " + RetryFacts.calls(r) + " without limit ("
                    + r.bound().detail() + "): a failure that does not go away becomes requests forever and a caller that "
                    + "never returns; cap the attempts (for example 5) or the total time (a deadline)", RetryFacts.related(r));
        }
    }
}
