package dev.apistatus.rules.problem;

import dev.apistatus.core.model.MediaContent;
import dev.apistatus.core.model.Operation;
import dev.apistatus.core.model.ResponseCode;
import dev.apistatus.core.model.ResponseDeclaration;
import dev.apistatus.core.model.ResponseUse;
import dev.apistatus.core.model.SchemaShape;
import dev.apistatus.core.model.SourceLocation;
import dev.apistatus.core.model.CodeUse;
import dev.apistatus.core.rule.Family;
import dev.apistatus.core.rule.Rule;
import dev.apistatus.core.rule.RuleContext;
import dev.apistatus.core.rule.RuleDefinition;
import dev.apistatus.core.rule.Severity;
import dev.apistatus.core.rule.Target;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A problem's {@code status} member must repeat the status code of the response that carries it. A schema that
 * fixes {@code status} (by {@code const} or {@code enum}) to another code, or an example that shows another code,
 * documents a body the server must never send.
 */
@RuleDefinition(
        id = "problem-status-mismatch",
        targets = {Target.SPEC, Target.CODE},
        severity = Severity.ERROR,
        family = Family.PROBLEM_DETAILS,
        summary = "A problem whose status member (const, enum or example) differs from the status code of the response that carries it",
        references = {"RFC 9457 §3.1.2 (generators MUST use the same status code in the actual HTTP response)",
                "RFC 9457 §5 (status may disagree with the HTTP status code)"})
public final class ProblemStatusMismatch implements Rule {

    /** One body of one response use, with the problem schemas it holds. */
    private record Body(ResponseUse use, MediaContent content, List<SchemaShape> schemas) {
    }

    /** A finding under construction: where, what, and the uses it concerns. */
    private static final class Draft {
        final String subject;
        final Function<String, String> fix;
        final List<ResponseUse> uses = new ArrayList<>();

        /** @param fix the advice, given the codes of the uses */
        Draft(String subject, Function<String, String> fix) {
            this.subject = subject;
            this.fix = fix;
        }
    }

    @Override
    public void check(RuleContext context) {
        checkCode(context);
        List<Body> bodies = new ArrayList<>();
        Map<ResponseDeclaration, Set<String>> codesByDeclaration = new IdentityHashMap<>();
        Set<Operation> swagger2 = ProblemShapes.swagger2Operations(context.model());
        for (ResponseUse use : ResponseUse.all(context.model())) {
            if (!use.declaration().isResolved()) {
                continue;
            }
            // default uses are not checked (default is no one status), but they count as another status for examples
            codesByDeclaration.computeIfAbsent(use.declaration(), k -> new TreeSet<>()).add(use.code().text());
            for (MediaContent content : use.declaration().content()) {
                List<SchemaShape> schemas = ProblemShapes.problemSchemas(use, content, swagger2);
                if (ProblemShapes.declaredAsProblem(use, content, swagger2) || !schemas.isEmpty()) {
                    bodies.add(new Body(use, content, schemas));
                }
            }
        }
        Map<SourceLocation, Draft> drafts = new LinkedHashMap<>();
        checkConstraints(bodies, drafts);
        checkExamples(bodies, codesByDeclaration, drafts);
        drafts.forEach((at, d) -> context.report(at, message(d), ProblemShapes.operationLocations(d.uses)));
    }

    // ---- const and enum: what the schema allows ----

    /** The status codes a problem schema fixes by {@code const} or {@code enum}, and where the (first) constraint is written. */
    record Constraint(Set<Integer> codes, SourceLocation location) {
    }

    /**
     * The constraint on a problem schema's status: the codes every declaration of {@code status} (the schema's
     * and its {@code allOf} members', all of which apply) allows by {@code const} or {@code enum}; null when none
     * fixes them, or when they contradict each other (no code at all: a broken schema, not a mismatch).
     */
    static Constraint constraint(SchemaShape schema) {
        Set<Integer> codes = null;
        SourceLocation at = null;
        for (Map.Entry<SourceLocation, SchemaShape> d : schema.propertyDeclarations("status").entrySet()) {
            SchemaShape status = d.getValue();
            if (status == null) {
                continue;
            }
            List<Object> values = status.constValue() != null ? List.of(status.constValue()) : status.enumValues();
            Set<Integer> these = new TreeSet<>();
            for (Object v : values) {
                Integer code = ProblemShapes.statusValue(v);
                if (code != null) {
                    these.add(code);
                }
            }
            if (these.isEmpty()) {
                continue;
            }
            if (codes == null) {
                codes = these;
                at = d.getKey();
            } else {
                codes.retainAll(these);
            }
        }
        return codes == null || codes.isEmpty() ? null : new Constraint(codes, at);
    }

    static Set<Integer> allowed(SchemaShape schema) {
        Constraint c = constraint(schema);
        return c == null ? null : c.codes();
    }

    /** The codes a body allows: its schema's, or the union over its alternatives when each fixes them; null when open. */
    private static Set<Integer> allowed(Body body) {
        if (body.schemas().isEmpty()) {
            return null;
        }
        Set<Integer> out = new TreeSet<>();
        for (SchemaShape s : body.schemas()) {
            Set<Integer> a = allowed(s);
            if (a == null) {
                return null;
            }
            out.addAll(a);
        }
        return out;
    }

    private static boolean covers(ResponseCode code, Set<Integer> statuses) {
        return statuses.stream().anyMatch(code::covers);
    }

    private static void checkConstraints(List<Body> bodies, Map<SourceLocation, Draft> drafts) {
        // a schema that fits none of the responses using it is itself wrong; one that fits some is misused by the others
        Map<SourceLocation, List<Body>> bySchema = ProblemShapes.groups();
        for (Body body : bodies) {
            if (body.use().code().isDefault()) {
                continue;
            }
            if (body.schemas().size() == 1 && allowed(body.schemas().get(0)) != null) {
                ProblemShapes.add(bySchema, body.schemas().get(0).location(), body);
            } else {
                Set<Integer> allowed = allowed(body);
                if (allowed != null && !covers(body.use().code(), allowed)) {
                    misuse(body, allowed, drafts);
                }
            }
        }
        for (List<Body> group : bySchema.values()) {
            SchemaShape schema = group.get(0).schemas().get(0);
            Set<Integer> allowed = allowed(schema);
            List<Body> wrong = group.stream().filter(b -> !covers(b.use().code(), allowed)).toList();
            if (wrong.isEmpty()) {
                continue;
            }
            if (wrong.size() < group.size()) {
                wrong.forEach(b -> misuse(b, allowed, drafts));
                continue;
            }
            String fixed = codes(allowed);
            Draft d = drafts.computeIfAbsent(constraint(schema).location(), k -> new Draft(
                    ProblemShapes.name(schema) + " fixes status to " + fixed,
                    used -> "but is only used for " + used + ": a problem's status MUST be the response's status code"
                            + " (RFC 9457 §3.1.2); correct the status " + (allowed.size() == 1 ? "value" : "values")
                            + " or use a problem schema made for " + used));
            wrong.forEach(b -> addUse(d, b.use()));
        }
    }

    private static void misuse(Body body, Set<Integer> allowed, Map<SourceLocation, Draft> drafts) {
        String what = body.schemas().size() == 1 ? ProblemShapes.name(body.schemas().get(0)) : "its problem schemas";
        Draft d = drafts.computeIfAbsent(body.content().location(), k -> new Draft(
                "its " + body.content().mediaType() + " body is " + what + " whose status is " + codes(allowed),
                used -> "but a problem's status MUST be the response's status code (RFC 9457 §3.1.2): use a problem"
                        + " schema whose status allows " + used));
        addUse(d, body.use());
    }

    // ---- examples: only where they belong to one status code ----

    private static void checkExamples(List<Body> bodies, Map<ResponseDeclaration, Set<String>> codesByDeclaration,
                                      Map<SourceLocation, Draft> drafts) {
        // the codes each schema is used for: a shared schema's example shows one case, not a contract
        Map<SourceLocation, Set<String>> codesBySchema = new LinkedHashMap<>();
        for (Body body : bodies) {
            for (SchemaShape s : body.schemas()) {
                codesBySchema.computeIfAbsent(s.location(), k -> new TreeSet<>()).add(body.use().code().text());
            }
        }
        for (Body body : bodies) {
            ResponseCode code = body.use().code();
            if (code.isDefault() || allowed(body) != null) {
                continue; // the schema fixes the status; checkConstraints judged it
            }
            if (codesByDeclaration.get(body.use().declaration()).size() == 1) {
                for (Object example : body.content().examples()) {
                    exampleMismatch(ProblemShapes.statusMember(example), code, body, body.content().location(),
                            "the example of " + body.content().mediaType(), drafts);
                }
            }
            for (SchemaShape s : body.schemas()) {
                // a named schema is reusable (often a library's generic Problem): its example shows one case
                if (s.name() != null || codesBySchema.get(s.location()).size() != 1) {
                    continue;
                }
                for (Map.Entry<SourceLocation, SchemaShape> d : s.propertyDeclarations("status").entrySet()) {
                    if (d.getValue() != null && d.getValue().example() != null && writtenInside(d.getKey(), s)) {
                        exampleMismatch(d.getValue().example(), code, body, d.getKey(),
                                "the status example of " + ProblemShapes.name(s), drafts);
                        break;
                    }
                }
                exampleMismatch(ProblemShapes.statusMember(s.example()), code, body, s.location(),
                        "the example of " + ProblemShapes.name(s), drafts);
            }
        }
    }

    /** Whether a location lies inside an inline schema (not in a component it refers to). */
    private static boolean writtenInside(SourceLocation at, SchemaShape schema) {
        SourceLocation own = schema.location();
        return at.file().equals(own.file()) && at.pointer() != null && own.pointer() != null
                && at.pointer().startsWith(own.pointer() + "/");
    }

    private static void exampleMismatch(Object value, ResponseCode code, Body body, SourceLocation at, String what,
                                        Map<SourceLocation, Draft> drafts) {
        Integer status = ProblemShapes.statusValue(value);
        if (status == null || code.covers(status)) {
            return;
        }
        Draft d = drafts.computeIfAbsent(at, k -> new Draft(what + " shows status " + status,
                used -> "but a problem's status MUST be the response's status code (RFC 9457 §3.1.2): make it "
                        + (code.isExact() ? used : "a " + used + " code")));
        addUse(d, body.use());
    }

    // ---- messages ----

    private static void addUse(Draft d, ResponseUse use) {
        if (!d.uses.contains(use)) {
            d.uses.add(use);
        }
    }

    private static String codes(Set<Integer> statuses) {
        return statuses.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static String message(Draft d) {
        String used = d.uses.stream().map(u -> u.code().text()).distinct().collect(Collectors.joining(", "));
        return ProblemShapes.describe(d.uses) + ": " + d.subject + ", " + d.fix.apply(used);
    }

    /** In code: a problem body whose own status ({@code ProblemDetail.forStatus(X)}) differs from the response's. */
    private static void checkCode(RuleContext context) {
        for (CodeUse use : CodeUse.all(context.model(), c -> true)) {
            if (!use.declaration().hasBody()) {
                continue;
            }
            SchemaShape schema = use.declaration().content().get(0).schema();
            SchemaShape status = schema == null ? null : schema.properties().get("status");
            if (status != null && status.constValue() instanceof Integer own && own != use.code()) {
                context.report(use.location(), use.describe() + " with a problem whose status is " + own
                        + ": the problem's status must be the response's (RFC 9457 §3.1.2); build it with"
                        + " ProblemDetail.forStatus(" + use.code() + "), or answer " + own + " if that is the real status",
                        use.related());
            }
        }
    }
}
