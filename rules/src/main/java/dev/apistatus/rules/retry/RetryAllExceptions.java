package dev.apistatus.rules.retry;

import dev.apistatus.core.model.RetryConstruct;
import dev.apistatus.core.rule.Family;
import dev.apistatus.core.rule.Rule;
import dev.apistatus.core.rule.RuleContext;
import dev.apistatus.core.rule.RuleDefinition;
import dev.apistatus.core.rule.Severity;
import dev.apistatus.core.rule.Target;

/** A retry that classifies nothing retries bugs: a NullPointerException fails identically every time. */
@RuleDefinition(
        id = "retry-all-exceptions",
        targets = {Target.CLIENT},
        severity = Severity.WARNING,
        family = Family.RETRY,
        summary = "A retry with no exception or result classifier: every exception, programming errors included, is retried",
        references = {"Google AIP-194 (Automatic retry configuration: retryable and non-retryable codes)"})
public final class RetryAllExceptions implements Rule {

    @Override
    public void check(RuleContext context) {
        for (RetryConstruct r : RetryFacts.retries(context)) {
            if (r.retriesOn().exceptions() != RetryConstruct.Exceptions.ALL) {
                continue;
            }
            String how = r.retriesOn().exceptionDetail() == null ? "" : " (" + r.retriesOn().exceptionDetail() + ")";
            context.report(r.location(), RetryFacts.subject(r) + " retries every exception" + how + " around " + RetryFacts.calls(r)
                    + ", so programming errors such as NullPointerException or IllegalArgumentException, and rejected requests, "
                    + "are repeated too; retry only transient failures: " + RetryFacts.classifyFix(r), RetryFacts.related(r));
        }
    }
}
