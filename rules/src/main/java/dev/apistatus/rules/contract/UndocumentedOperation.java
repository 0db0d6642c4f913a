package dev.apistatus.rules.contract;

import dev.apistatus.core.contract.ContractMatch;
import dev.apistatus.core.contract.OperationMatcher;
import dev.apistatus.core.contract.SpecOperation;
import dev.apistatus.core.model.CodeOperation;
import dev.apistatus.core.model.SourceLocation;
import dev.apistatus.core.rule.Family;
import dev.apistatus.core.rule.Rule;
import dev.apistatus.core.rule.RuleContext;
import dev.apistatus.core.rule.RuleDefinition;
import dev.apistatus.core.rule.Severity;
import dev.apistatus.core.rule.Target;
import dev.apistatus.core.contract.PathKey;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A handler (method and path) that no spec operation describes: clients generated from the spec cannot call it,
 * and reviewers of the spec do not see it. Only said when the project's specs are held against its code at all
 * (at least one operation matched), so a spec for another service or a base path the linter cannot see never
 * makes every handler undocumented. Handlers hidden on purpose ({@code @Hidden}, {@code @Operation(hidden = true)},
 * {@code @ApiIgnore}, an {@code ErrorController}) are left alone.
 */
@RuleDefinition(
        id = "undocumented-operation",
        targets = Target.CROSS,
        severity = Severity.WARNING,
        family = Family.CONTRACT,
        summary = "A handler (method and path) with no operation in the spec",
        references = {"OpenAPI Specification 3.1.0 §4.8.8 (Paths Object)"})
public final class UndocumentedOperation implements Rule {

    @Override
    public void check(RuleContext context) {
        if (context.model().specs().isEmpty() || context.model().codeOperations().isEmpty()) {
            return;
        }
        ContractMatch contract = OperationMatcher.match(context.model());
        for (CodeOperation c : contract.undocumented()) {
            List<SpecOperation> siblings = contract.samePath(c);
            String served = contract.servedAt(c);
            String at = served.equals(PathKey.normalize(c.operation().path())) ? "" : ", served at " + served;
            Optional<SpecOperation> sameMethod = siblings.stream()
                    .filter(s -> s.operation().method() == c.operation().method()).findFirst();
            String where;
            if (siblings.isEmpty()) {
                where = contract.inScopeFiles() + " has no path " + c.operation().path();
            } else if (sameMethod.isPresent()) {
                SpecOperation s = sameMethod.get();
                where = s.document().file() + " describes " + s.describe() + " under another base path"
                        + (s.document().basePaths().isEmpty() ? "" : " (" + s.document().basePaths().stream()
                        .map(b -> b.path().isEmpty() ? "/" : b.path()).collect(Collectors.joining(", ")) + ")");
            } else {
                where = siblings.get(0).document().file() + " has " + siblings.get(0).operation().path() + " only for "
                        + siblings.stream().filter(s -> s.document() == siblings.get(0).document())
                        .map(s -> s.operation().method().name()).distinct().collect(Collectors.joining(", "));
            }
            List<SourceLocation> related = siblings.stream().map(SpecOperation::location).distinct().limit(5).toList();
            context.report(c.operation().location(), c.handler() + " serves " + c.operation().describe() + at
                    + ", which no spec operation describes (" + where + "): add the operation to the spec, or remove"
                    + " the handler if nobody should call it", related);
        }
    }
}
