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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A status the handler can answer that its spec operation does not declare: clients generated from the spec have
 * no type for its body and treat it as unexpected. Reported at the line that produces the status (the
 * {@code return}, the {@code throw} or the call whose exception an advice answers, the annotation), naming the spec
 * operation. Statuses Spring answers on its own (400 on binding failures, 406, 415, 500 for an exception nothing
 * handles) are reported once per handler and class, and by default only when the operation declares nothing of
 * that class.
 */
@RuleDefinition(
        id = "undocumented-status",
        targets = Target.CROSS,
        severity = Severity.ERROR,
        family = Family.CONTRACT,
        summary = "A status the handler can answer that the matching spec operation does not declare, exactly, by range or by default",
        references = {"OpenAPI Specification 3.1.0 §4.8.16 (Responses Object)", "Zalando RESTful API Guidelines #151"},
        options = {UndocumentedStatus.DEFAULT_RESPONSE, UndocumentedStatus.FRAMEWORK_STATUSES})
public final class UndocumentedStatus implements Rule {

    /** {@code all} (default): a {@code default} response documents every status; {@code errors}: only 4xx and 5xx. */
    static final String DEFAULT_RESPONSE = "defaultResponse";
    /** {@code class} (default), {@code all} or {@code none}: how statuses the framework answers on its own are held. */
    static final String FRAMEWORK_STATUSES = "frameworkStatuses";

    @Override
    public void check(RuleContext context) {
        if (context.model().specs().isEmpty() || context.model().codeOperations().isEmpty()
                && context.model().unmappedHandlers().isEmpty()) {
            return;
        }
        boolean defaultForAll = !option(context, DEFAULT_RESPONSE, "all").equals("errors");
        String framework = option(context, FRAMEWORK_STATUSES, "class");
        ContractMatch contract = OperationMatcher.match(context.model());
        Set<String> reported = new HashSet<>();
        for (Match m : contract.matches()) {
            Operation spec = m.spec().operation();
            if (spec.responses().isEmpty()) {
                continue; // a spec operation that declares nothing: success-response-missing says so
            }
            boolean drift = Statuses.successDrift(m).isPresent();
            Map<CodeOperation, Map<Integer, List<Statuses.Given>>> byFramework = new LinkedHashMap<>();
            for (Statuses.Given g : Statuses.given(m)) {
                int code = g.code();
                if (drift && code / 100 == 2 && !g.isFramework() || documented(spec, code, defaultForAll)) {
                    continue;
                }
                if (g.isFramework()) {
                    byFramework.computeIfAbsent(g.operation(), k -> new TreeMap<>())
                            .computeIfAbsent(code, k -> new ArrayList<>()).add(g);
                    continue;
                }
                if (!reported.add(g.location() + "|" + code + "|" + m.spec().location())) {
                    continue;
                }
                List<SourceLocation> related = new ArrayList<>();
                related.add(m.spec().location());
                SourceLocation answered = g.response().evidence().answeredAt();
                if (answered != null && !answered.equals(g.location())) {
                    related.add(answered);
                }
                context.report(g.location(), g.operation().handler() + " answers " + StatusRegistry.describe(code) + " ("
                        + g.response().evidence().detail() + ") but " + m.spec().describeAt() + " declares "
                        + Statuses.declared(spec) + Statuses.note(m) + ": add a " + code + " response to the operation, or stop"
                        + " answering " + code + " here", related);
            }
            if (framework.equals("none")) {
                continue;
            }
            for (Map.Entry<CodeOperation, Map<Integer, List<Statuses.Given>>> e : byFramework.entrySet()) {
                Map<Integer, List<List<Statuses.Given>>> byClass = new TreeMap<>();
                for (Map.Entry<Integer, List<Statuses.Given>> s : e.getValue().entrySet()) {
                    int klass = s.getKey() / 100;
                    if (framework.equals("all") || !documentsClass(spec, klass, defaultForAll)) {
                        byClass.computeIfAbsent(klass, k -> new ArrayList<>()).add(s.getValue());
                    }
                }
                CodeOperation handler = e.getKey();
                for (Map.Entry<Integer, List<List<Statuses.Given>>> c : byClass.entrySet()) {
                    List<List<Statuses.Given>> statuses = c.getValue();
                    String codes = statuses.stream().map(l -> Integer.toString(l.get(0).code())).collect(Collectors.joining(", "));
                    String details = statuses.stream().map(l -> l.get(0).response().evidence().detail()).distinct()
                            .limit(3).collect(Collectors.joining("; "));
                    SourceLocation at = handler.operation().location();
                    if (!reported.add(at + "|fw" + c.getKey() + "|" + m.spec().location())) {
                        continue;
                    }
                    List<SourceLocation> related = new ArrayList<>();
                    related.add(m.spec().location());
                    statuses.forEach(l -> Optional.ofNullable(l.get(0).response().evidence().answeredAt())
                            .filter(a -> !a.equals(at) && !related.contains(a)).ifPresent(related::add));
                    context.report(at, "the framework answers " + codes + " for " + handler.handler() + " on its own ("
                            + details + ") but " + m.spec().describeAt() + " declares " + Statuses.declared(spec)
                            + ", nothing in " + c.getKey() + "xx" + Statuses.note(m) + ": document "
                            + (statuses.size() == 1 ? "it" : "them") + " (" + codes + ", a " + c.getKey()
                            + "XX range, or a 'default' error response)", related);
                }
            }
        }
    }

    /** Declared exactly, by range, or by {@code default} (for errors only when so configured). */
    static boolean documented(Operation spec, int code, boolean defaultForAll) {
        for (Response r : spec.responses()) {
            if (r.code().covers(code) || r.code().isDefault() && (defaultForAll || code >= 400)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the operation declares anything of a status class: an exact code, the range, or a default counting for it. */
    private static boolean documentsClass(Operation spec, int klass, boolean defaultForAll) {
        for (Response r : spec.responses()) {
            if (r.code().klass() == klass || r.code().isDefault() && (defaultForAll || klass >= 4)) {
                return true;
            }
        }
        return false;
    }

    static String option(RuleContext context, String name, String fallback) {
        Set<String> v = context.options().getStrings(name, Set.of(fallback));
        return v.isEmpty() ? fallback : v.iterator().next().toLowerCase(java.util.Locale.ROOT);
    }
}
