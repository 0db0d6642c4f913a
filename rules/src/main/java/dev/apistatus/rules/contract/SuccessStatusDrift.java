package dev.apistatus.rules.contract;

import dev.apistatus.core.contract.ContractMatch;
import dev.apistatus.core.contract.Match;
import dev.apistatus.core.contract.OperationMatcher;
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
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The spec's success code and the handler's differ and nothing else does (spec 201, code 200; spec 204, a Spring
 * {@code void} handler answering 200): one finding at the line that sets the code's success, instead of an
 * undocumented and an unimplemented status. Clients generated from the spec check for the declared code and treat
 * the real one as unexpected.
 */
@RuleDefinition(
        id = "success-status-drift",
        targets = Target.CROSS,
        severity = Severity.ERROR,
        family = Family.CONTRACT,
        summary = "The spec's success code and the handler's differ (spec 201, code 200; spec 204, a void handler answering 200)",
        references = {"RFC 9110 §15.3", "OpenAPI Specification 3.1.0 §4.8.16 (Responses Object)"})
public final class SuccessStatusDrift implements Rule {

    @Override
    public void check(RuleContext context) {
        if (context.model().specs().isEmpty() || context.model().codeOperations().isEmpty()
                && context.model().unmappedHandlers().isEmpty()) {
            return;
        }
        ContractMatch contract = OperationMatcher.match(context.model());
        Set<String> reported = new HashSet<>();
        for (Match m : contract.matches()) {
            Optional<Statuses.Given> drift = Statuses.successDrift(m);
            if (drift.isEmpty()) {
                continue;
            }
            Statuses.Given g = drift.get();
            Operation spec = m.spec().operation();
            if (!reported.add(g.location() + "|" + m.spec().location())) {
                continue;
            }
            Set<Integer> specSuccess = Statuses.specSuccess(spec);
            Set<Integer> codeSuccess = Statuses.codeSuccess(m);
            List<SourceLocation> related = new ArrayList<>();
            for (Response r : spec.responses()) {
                if (r.code().isExact() && specSuccess.contains(r.code().code())) {
                    related.add(r.location());
                }
            }
            related.add(m.spec().location());
            String specCodes = specSuccess.stream().map(StatusRegistry::describe).collect(Collectors.joining(" or "));
            String codeCodes = codeSuccess.stream().map(String::valueOf).collect(Collectors.joining(", "));
            int wanted = specSuccess.iterator().next();
            context.report(g.location(), g.operation().handler() + " answers " + codeCodes + " on success ("
                    + g.response().evidence().detail() + ") but " + m.spec().describeAt() + " declares " + specCodes
                    + Statuses.note(m) + ": answer " + wanted + how(wanted, g.operation().framework()) + ", or declare " + codeCodes + " in the spec",
                    related);
        }
    }

    /** How a handler of the framework answers a code, for the message. */
    private static String how(int code, String framework) {
        if ("jax-rs".equals(framework)) {
            return switch (code) {
                case 201 -> " (Response.created(uri))";
                case 202 -> " (Response.accepted())";
                case 204 -> " (Response.noContent(), or a void resource method)";
                case 200 -> " (Response.ok(entity), or return the entity)";
                default -> " (Response.status(" + code + "))";
            };
        }
        return switch (code) {
            case 201 -> " (ResponseEntity.created(uri), or @ResponseStatus(HttpStatus.CREATED))";
            case 202 -> " (ResponseEntity.accepted(), or @ResponseStatus(HttpStatus.ACCEPTED))";
            case 204 -> " (ResponseEntity.noContent().build(), or @ResponseStatus(HttpStatus.NO_CONTENT) on a void handler)";
            case 200 -> " (ResponseEntity.ok(body))";
            default -> " (ResponseEntity.status(" + code + "))";
        };
    }
}
