package dev.apistatus.rules.contract;

import dev.apistatus.core.contract.ContractMatch;
import dev.apistatus.core.contract.Match;
import dev.apistatus.core.contract.OperationMatcher;
import dev.apistatus.core.model.CodeOperation;
import dev.apistatus.core.model.Operation;
import dev.apistatus.core.model.Response;
import dev.apistatus.core.model.SourceLocation;
import dev.apistatus.core.rule.Family;
import dev.apistatus.core.rule.Rule;
import dev.apistatus.core.rule.RuleContext;
import dev.apistatus.core.rule.RuleDefinition;
import dev.apistatus.core.rule.Severity;
import dev.apistatus.core.rule.Target;
import dev.apistatus.core.status.StatusRegistry;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A status the spec declares that no path of the handler can produce: a 404 on a list endpoint, a 304 on an
 * operation without conditional handling. Clients write code for it that never runs, and the spec hides what the
 * operation really does. Only said when the handler was read completely (no status computed at run time, no
 * exception whose handling is unknown) and when no exception handling in the project could answer the status from
 * a call the reader did not follow; statuses that infrastructure answers (authentication, rate limiting, gateways,
 * request validation) are left alone by default.
 */
@RuleDefinition(
        id = "unimplemented-status",
        targets = Target.CROSS,
        severity = Severity.WARNING,
        family = Family.CONTRACT,
        summary = "A status the spec declares for the operation that no path of its handler can produce",
        references = {"OpenAPI Specification 3.1.0 §4.8.16 (Responses Object)"},
        options = UnimplementedStatus.IGNORE_STATUSES)
public final class UnimplementedStatus implements Rule {

    /** Statuses never reported: answered by filters, security, gateways and the framework rather than handlers. */
    static final String IGNORE_STATUSES = "ignoreStatuses";
    static final Set<String> DEFAULT_IGNORED = Set.of("400", "401", "403", "405", "406", "407", "408", "413", "414",
            "415", "429", "431", "500", "502", "503", "504");

    @Override
    public void check(RuleContext context) {
        if (context.model().specs().isEmpty() || context.model().codeOperations().isEmpty()
                && context.model().unmappedHandlers().isEmpty()) {
            return;
        }
        Set<Integer> ignored = new HashSet<>();
        for (String s : context.options().getStrings(IGNORE_STATUSES, DEFAULT_IGNORED)) {
            try {
                ignored.add(Integer.parseInt(s.trim()));
            } catch (NumberFormatException e) {
                // not a status: ignored
            }
        }
        Map<String, Set<Integer>> exceptionStatuses = context.model().service().exceptionStatuses();
        ContractMatch contract = OperationMatcher.match(context.model());
        for (Match m : contract.matches()) {
            if (!m.isComplete()) {
                continue; // a status computed at run time, an exception not followed: anything may come out
            }
            Operation spec = m.spec().operation();
            boolean drift = Statuses.successDrift(m).isPresent();
            Set<Integer> produced = new TreeSet<>();
            Statuses.given(m).forEach(g -> produced.add(g.code()));
            // statuses an exception from a call not followed may end in
            Set<Integer> reachable = new TreeSet<>();
            boolean anything = false;
            for (CodeOperation c : m.code()) {
                Set<Integer> s = exceptionStatuses.get(c.framework());
                if (s == null || s.contains(-1)) {
                    anything = true;
                } else {
                    reachable.addAll(s);
                }
            }
            CodeOperation handler = m.code().get(0);
            for (Response r : spec.responses()) {
                if (!r.code().isExact()) {
                    continue;
                }
                int code = r.code().code();
                boolean success = code / 100 == 2;
                if (produced.contains(code) || ignored.contains(code) || drift && success || reachable.contains(code)
                        || !success && anything) {
                    continue;
                }
                List<String> handlers = m.code().stream().map(CodeOperation::handler).distinct().toList();
                SourceLocation at = handler.operation().location();
                context.report(at, m.spec().describeAt() + " declares " + StatusRegistry.describe(code) + " at "
                        + Statuses.where(r.location()) + ", but no path of " + String.join(" or ", handlers)
                        + " answers it (it answers " + join(produced) + ")" + Statuses.note(m)
                        + ": remove the " + code + " response from the spec, or answer " + code + " where it applies",
                        List.of(r.location(), m.spec().location()));
            }
        }
    }

    private static String join(Set<Integer> codes) {
        return codes.isEmpty() ? "nothing known" : String.join(", ", codes.stream().map(String::valueOf).toList());
    }
}
