package dev.apistatus.rules.retry;

import dev.apistatus.core.model.RetryConstruct;
import dev.apistatus.core.model.Tri;
import dev.apistatus.core.rule.Family;
import dev.apistatus.core.rule.Rule;
import dev.apistatus.core.rule.RuleContext;
import dev.apistatus.core.rule.RuleDefinition;
import dev.apistatus.core.rule.Severity;
import dev.apistatus.core.rule.Target;

/** Clients that failed together and back off by the same schedule retry together, in waves. */
@RuleDefinition(
        id = "retry-without-jitter",
        targets = {Target.CLIENT},
        severity = Severity.NOTE,
        family = Family.RETRY,
        summary = "Exponential backoff with no randomisation",
        references = {"Google Cloud IAM, Retry failed requests (truncated exponential backoff with jitter)"})
public final class RetryWithoutJitter implements Rule {

    @Override
    public void check(RuleContext context) {
        for (RetryConstruct r : RetryFacts.retries(context)) {
            if (r.delay().model() != RetryConstruct.DelayModel.EXPONENTIAL || r.delay().jitter() != Tri.NO) {
                continue;
            }
            String detail = r.delay().detail() == null ? "" : " (" + r.delay().detail() + ")";
            context.report(r.location(), RetryFacts.subject(r) + " backs off exponentially without randomisation" + detail
                    + " at " + RetryFacts.calls(r) + ": clients that failed together retry together, in synchronised waves; "
                    + RetryFacts.jitterFix(r), RetryFacts.related(r));
        }
    }
}
