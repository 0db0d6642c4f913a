package dev.apistatus.rules.handlers;

import dev.apistatus.core.model.AnswerTrait;
import dev.apistatus.core.model.CodeOperation;
import dev.apistatus.core.model.Evidence;
import dev.apistatus.core.model.HttpMethod;
import dev.apistatus.core.model.Response;
import dev.apistatus.core.rule.Family;
import dev.apistatus.core.rule.Rule;
import dev.apistatus.core.rule.RuleContext;
import dev.apistatus.core.rule.RuleDefinition;
import dev.apistatus.core.rule.Severity;
import dev.apistatus.core.rule.Target;
import java.util.HashSet;
import java.util.Set;

/**
 * A collection that exists but has no members is found: 200 with {@code []}. A 404 tells the client the
 * collection itself (or the URL) does not exist, and makes it handle an error for a normal state.
 */
@RuleDefinition(
        id = "empty-collection-returns-404",
        targets = {Target.CODE},
        severity = Severity.WARNING,
        family = Family.HANDLER,
        summary = "A collection GET answers 404 when the list is empty; an empty list is 200 with []",
        references = {"RFC 9110 §15.5.5 (404: no current representation of the target resource)",
                "RFC 9110 §15.3.1 (200 OK)"})
public final class EmptyCollectionReturns404 implements Rule {

    @Override
    public void check(RuleContext context) {
        Set<String> reported = new HashSet<>();
        for (CodeOperation op : context.model().codeOperations()) {
            if (op.operation().method() != HttpMethod.GET) {
                continue;
            }
            for (Response r : op.operation().responses()) {
                Evidence e = r.evidence();
                if (r.code().code() != 404 || e == null || !e.has(AnswerTrait.EMPTY_COLLECTION) || e.isFrameworkDefault()) {
                    continue;
                }
                if (reported.add(e.location().toString())) {
                    context.report(e.location(), op.handler() + " (" + op.operation().describe() + ") answers 404 when"
                            + " the collection is empty (" + e.detail() + "): an empty collection exists and has no members."
                            + " Answer 200 with [] (or an empty page); keep 404 for a parent resource that does not exist");
                }
            }
        }
    }
}
