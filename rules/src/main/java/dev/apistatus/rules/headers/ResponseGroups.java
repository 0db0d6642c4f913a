package dev.apistatus.rules.headers;

import dev.apistatus.core.model.ApiModel;
import dev.apistatus.core.model.CodeUse;
import dev.apistatus.core.rule.RuleContext;
import dev.apistatus.core.model.Operation;
import dev.apistatus.core.model.ResponseDeclaration;
import dev.apistatus.core.model.ResponseUse;
import dev.apistatus.core.model.SourceLocation;
import dev.apistatus.core.status.HeaderRequirement;
import dev.apistatus.core.status.HttpStatus;
import dev.apistatus.core.status.StatusRegistry;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * The responses the header rules look at, one entry per place the user edits: an inline response, or a shared
 * {@code components/responses} entry however many operations (and codes) use it. Only resolved declarations
 * with an exact status code are included: the headers of an unresolved {@code $ref} are unknown, not absent.
 */
final class ResponseGroups {

    private ResponseGroups() {
    }

    /** One declaration and its uses under the codes the rule looks at. */
    record Group(ResponseDeclaration declaration, List<ResponseUse> uses) {

        Group {
            uses = List.copyOf(uses);
        }

        /** Where the finding lands: the response key of an inline response, the component of a shared one. */
        SourceLocation location() {
            return declaration.location();
        }

        /** The codes the declaration is used under, in order of first use. */
        Set<Integer> codes() {
            Set<Integer> out = new LinkedHashSet<>();
            uses.forEach(u -> out.add(u.code().code()));
            return out;
        }

        /** Every operation that uses the declaration under one of the codes. */
        List<Operation> operations() {
            List<Operation> out = new ArrayList<>();
            uses.forEach(u -> u.operations().forEach(op -> {
                if (!out.contains(op)) {
                    out.add(op);
                }
            }));
            return out;
        }

        /** True when the declaration lists the header (case-insensitive; a {@code $ref}'d header counts by its name). */
        boolean declares(String header) {
            return declaration.header(header).isPresent();
        }

        /**
         * How messages name the response: {@code POST /orders 201} when inline, {@code response 'Moved' (301 of
         * GET /a, GET /b and 3 more)} when shared.
         */
        String describe() {
            if (uses.size() == 1) {
                return uses.get(0).describe();
            }
            String prefix = "response '" + declaration.componentName() + "' (";
            StringBuilder out = new StringBuilder(prefix);
            for (int i = 0; i < uses.size(); i++) {
                String one = uses.get(i).describe();
                out.append(i == 0 ? "" : "; ").append(one, prefix.length(), one.length() - 1);
            }
            return out.append(')').toString();
        }

        /** The operations that use a shared declaration, for the finding's related locations. */
        List<SourceLocation> related() {
            Set<SourceLocation> out = new LinkedHashSet<>();
            uses.forEach(u -> out.addAll(u.userLocations()));
            return List.copyOf(out);
        }
    }

    /** The groups whose uses have an exact code {@code codes} accepts, in document order. */
    static List<Group> of(ApiModel model, IntPredicate codes) {
        Map<ResponseDeclaration, List<ResponseUse>> byDeclaration = new IdentityHashMap<>();
        List<ResponseDeclaration> order = new ArrayList<>();
        for (ResponseUse use : ResponseUse.all(model)) {
            if (!use.code().isExact() || !codes.test(use.code().code()) || !use.declaration().isResolved()) {
                continue;
            }
            byDeclaration.computeIfAbsent(use.declaration(), d -> {
                order.add(d);
                return new ArrayList<>();
            }).add(use);
        }
        return order.stream().map(d -> new Group(d, byDeclaration.get(d))).toList();
    }

    /**
     * The one response header the status registry ties to {@code code} (201 Location, 401 WWW-Authenticate, ...).
     *
     * @throws IllegalStateException when the registry lists none or several, so a change there cannot pass unnoticed
     */
    static String requiredHeader(int code) {
        Set<String> headers = status(code).requiredHeaders();
        if (headers.size() != 1) {
            throw new IllegalStateException("the status registry ties " + headers + " to " + code + ", expected one header");
        }
        return headers.iterator().next();
    }

    /** The registry's entry for a code the rules know to be registered. */
    static HttpStatus status(int code) {
        return StatusRegistry.lookup(code).orElseThrow(() -> new IllegalStateException(code + " is not in the status registry"));
    }

    /**
     * The duty as the defining document words it, for messages: {@code "RFC 9110 §15.5.6: a 405 Method Not Allowed
     * MUST carry Allow"}.
     */
    static String duty(int code, String header) {
        HttpStatus s = status(code);
        HeaderRequirement level = StatusRegistry.headerRequirement(code, header).orElseThrow();
        String verb = switch (level) {
            case MUST -> "MUST carry";
            case SHOULD -> "SHOULD carry";
            case MAY -> "MAY carry";
        };
        return s.reference() + ": a " + code + " " + s.reason() + " " + verb + " " + header;
    }

    /**
     * Responses the code builds under one of {@code codes} without the header the registry ties to their code.
     * Responses whose headers are partly set out of sight (an {@code HttpHeaders} object, the raw response) are
     * left out: their header is unknown, not missing.
     */
    static List<CodeUse> builtWithoutHeader(ApiModel model, IntPredicate codes) {
        return CodeUse.all(model, codes).stream()
                .filter(use -> use.declaration().headersKnown()
                        && use.declaration().header(requiredHeader(use.code())).isEmpty())
                .toList();
    }

    /** Reports a built response without its header, at the line that builds it, with how to set it. */
    static void reportBuiltWithout(RuleContext context, CodeUse use, String advice) {
        String header = requiredHeader(use.code());
        context.report(use.location(), use.describe() + " without " + header + " (" + duty(use.code(), header) + "): "
                + advice, use.related());
    }

    static boolean startsWithIgnoreCase(String text, String prefix) {
        return text.toLowerCase(Locale.ROOT).startsWith(prefix.toLowerCase(Locale.ROOT));
    }
}
