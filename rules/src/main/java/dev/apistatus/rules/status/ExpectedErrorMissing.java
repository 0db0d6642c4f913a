package dev.apistatus.rules.status;

import dev.apistatus.core.engine.ConfigException;
import dev.apistatus.core.model.Header;
import dev.apistatus.core.model.Operation;
import dev.apistatus.core.model.Parameter;
import dev.apistatus.core.model.Response;
import dev.apistatus.core.model.SpecDocument;
import dev.apistatus.core.rule.Family;
import dev.apistatus.core.rule.Rule;
import dev.apistatus.core.rule.RuleContext;
import dev.apistatus.core.rule.RuleDefinition;
import dev.apistatus.core.rule.Severity;
import dev.apistatus.core.rule.Target;
import dev.apistatus.core.status.MethodStatusMatrix;
import dev.apistatus.core.status.StatusRegistry;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * An error that the operation's own features imply but that it does not declare: a secured operation can answer
 * 401, a path parameter can name nothing (404), input can be invalid (400), a conditional request can fail (412),
 * an API that rate-limits can answer 429. A {@code 4XX} range or a {@code default} response declares them all.
 *
 * <p>Which implied errors are checked is the option {@code expect}; by default 400, 401, 404, 412 and 429. 403
 * and 415 are opt-in: 403 depends on an authorization model the spec rarely shows, and 415 is a technical error
 * every framework produces for every body, which Zalando rule 151 says need not be documented one by one.
 */
@RuleDefinition(
        id = "expected-error-missing",
        targets = Target.SPEC,
        severity = Severity.NOTE,
        family = Family.STATUS,
        summary = "An error the operation's own features imply is not declared: security → 401 (and 403), path"
                + " parameter → 404, input → 400, request body → 415, If-Match → 412, rate limiting → 429",
        references = {"RFC 9110 §15.5.1 (400), §15.5.2 (401), §15.5.4 (403), §15.5.5 (404), §15.5.13 (412),"
                + " §15.5.16 (415)", "RFC 6585 §4 (429)",
                "Zalando RESTful API Guidelines rule 151 (specify success and error responses)"},
        options = ExpectedErrorMissing.EXPECT)
public final class ExpectedErrorMissing implements Rule {

    /** The option naming the implied errors to check. */
    static final String EXPECT = "expect";

    /** The implied errors the rule knows, in the order messages list them. */
    static final List<Integer> KNOWN = List.of(400, 401, 403, 404, 412, 415, 429);

    /** Checked unless the option {@code expect} says otherwise. */
    static final Set<String> DEFAULT_EXPECT = Set.of("400", "401", "404", "412", "429");

    /** Response headers that announce rate limiting (the IETF RateLimit fields and the X-RateLimit family). */
    private static final List<String> RATE_LIMIT_HEADERS = List.of("ratelimit", "ratelimit-policy", "ratelimit-limit",
            "ratelimit-remaining", "ratelimit-reset");
    private static final List<String> RATE_LIMIT_PREFIXES = List.of("x-ratelimit-", "x-rate-limit-");

    @Override
    public void check(RuleContext context) {
        Set<Integer> expected = expected(context.options().getStrings(EXPECT, DEFAULT_EXPECT));
        for (SpecDocument doc : context.model().specs()) {
            String rateLimiting = expected.contains(429) ? rateLimitingEvidence(doc) : null;
            for (Operation op : doc.operations()) {
                if (op.responses().stream().anyMatch(r -> r.code().isDefault() || (r.code().isRange() && r.code().klass() == 4))) {
                    continue;
                }
                List<String> missing = new ArrayList<>();
                for (int code : KNOWN) {
                    if (!expected.contains(code) || answered(op, code)) {
                        continue;
                    }
                    String because = because(op, code, rateLimiting);
                    if (because != null) {
                        missing.add(StatusRegistry.describe(code) + " (" + because + ")");
                    }
                }
                if (!missing.isEmpty()) {
                    context.report(op.location(), op.describe() + " does not declare "
                            + (missing.size() == 1 ? "an error its own features imply: " : "errors its own features imply: ")
                            + String.join(", ", missing) + "; declare " + (missing.size() == 1 ? "it" : "them")
                            + ", or a 4XX or default response that covers " + (missing.size() == 1 ? "it" : "them"));
                }
            }
        }
    }

    /** Why the operation can answer {@code code}, or null when nothing about it implies the code. */
    private static String because(Operation op, int code, String rateLimiting) {
        return switch (code) {
            case 400 -> OperationTraits.takesInput(op) ? "it takes " + input(op) : null;
            case 401 -> op.requiresAuthentication() ? "it requires authentication: " + schemes(op) : null;
            case 403 -> op.requiresAuthentication() ? "a credential may lack the permission: " + schemes(op) : null;
            case 404 -> OperationTraits.hasPathParameter(op) ? pathParameters(op) : null;
            case 412 -> conditionalHeaders(op).isEmpty() ? null
                    : "it takes " + String.join(" and ", conditionalHeaders(op));
            case 415 -> op.requestBody() != null ? "it takes a request body" : null;
            case 429 -> rateLimiting;
            default -> null;
        };
    }

    /** Declared exactly; invalid input also counts as answered by 422, which many APIs use for validation. */
    private static boolean answered(Operation op, int code) {
        if (code == 400 && op.declares(422)) {
            return true;
        }
        return op.declares(code);
    }

    private static String pathParameters(Operation op) {
        List<String> names = OperationTraits.pathParameters(op);
        return (names.size() == 1 ? "path parameter " : "path parameters ") + OperationTraits.quoted(names, 3, "and")
                + " may name nothing";
    }

    private static String input(Operation op) {
        List<String> parts = new ArrayList<>();
        if (op.requestBody() != null) {
            parts.add("a request body");
        }
        List<String> names = OperationTraits.inputParameters(op).stream().map(Parameter::name).toList();
        if (!names.isEmpty()) {
            parts.add((names.size() == 1 ? "parameter " : "parameters ") + OperationTraits.quoted(names, 3, "and"));
        }
        return String.join(" and ", parts);
    }

    private static String schemes(Operation op) {
        Set<String> names = new LinkedHashSet<>();
        op.security().forEach(names::addAll);
        return OperationTraits.quoted(List.copyOf(names), 3, "or");
    }

    private static List<String> conditionalHeaders(Operation op) {
        return MethodStatusMatrix.PRECONDITION_HEADERS.stream().filter(op::hasHeaderParameter).toList();
    }

    /** Where the document declares rate limiting (a 429, or a rate-limit header on any response); null if nowhere. */
    static String rateLimitingEvidence(SpecDocument doc) {
        for (Operation op : doc.operations()) {
            if (op.response(429).isPresent()) {
                return "the API rate-limits: " + op.describe() + " declares 429";
            }
        }
        for (Operation op : doc.operations()) {
            for (Response r : op.responses()) {
                for (Header h : r.declaration().headers().values()) {
                    if (isRateLimitHeader(h.name())) {
                        return "the API rate-limits: " + op.describe() + " " + r.code().text() + " declares " + h.name();
                    }
                }
            }
        }
        return null;
    }

    static boolean isRateLimitHeader(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return RATE_LIMIT_HEADERS.contains(n) || RATE_LIMIT_PREFIXES.stream().anyMatch(n::startsWith);
    }

    /** Parses the option; {@code all} stands for every known code. */
    static Set<Integer> expected(Set<String> values) {
        Set<Integer> out = new TreeSet<>();
        for (String v : values) {
            String t = v.trim().toLowerCase(Locale.ROOT);
            if (t.equals("all")) {
                out.addAll(KNOWN);
                continue;
            }
            Integer code = null;
            try {
                code = Integer.valueOf(t);
            } catch (NumberFormatException e) {
                // reported below
            }
            if (code == null || !KNOWN.contains(code)) {
                throw new ConfigException("rule expected-error-missing, option " + EXPECT + ": '" + v + "' is not one of "
                        + KNOWN.stream().map(String::valueOf).collect(Collectors.joining(", ")) + " or all");
            }
            out.add(code);
        }
        return out;
    }
}
