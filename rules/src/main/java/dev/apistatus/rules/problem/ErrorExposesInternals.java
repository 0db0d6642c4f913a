package dev.apistatus.rules.problem;

import dev.apistatus.core.model.MediaContent;
import dev.apistatus.core.model.Operation;
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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An error body that carries a stack trace, an exception class or a nested exception hands attackers a map of
 * the server's implementation; it belongs in the server's logs, not in the API.
 */
@RuleDefinition(
        id = "error-exposes-internals",
        targets = {Target.SPEC, Target.CODE},
        severity = Severity.WARNING,
        family = Family.PROBLEM_DETAILS,
        summary = "An error schema with stack-trace or exception members (stackTrace, exception, exceptionClass, a serialized cause)",
        references = {"RFC 9457 §5 (avoid making implementation details such as a stack dump available)",
                "RFC 9457 §4 (problem details are not a debugging tool)", "RFC 9457 §3.1.4"},
        options = "additional-members")
public final class ErrorExposesInternals implements Rule {

    /** How deep into an error body members are read: the body's own members and two levels of nesting. */
    static final int MAX_DEPTH = 3;

    /** Member names (lower case, without {@code _}, {@code -} or {@code .}) that name a stack trace or an exception, whatever their type. */
    static final Set<String> INTERNAL = Set.of(
            "stacktrace", "stacktraces", "backtrace", "callstack", "stackframes", "exceptionstacktrace",
            "exception", "exceptionclass", "exceptiontype", "exceptionname", "exceptionclassname",
            "exceptionmessage", "exceptiondetail", "exceptiondetails", "innerexception", "throwable");

    /** Members of a serialized Java {@code Throwable}: a {@code cause} shaped like this is a nested exception. */
    private static final Set<String> THROWABLE_MEMBERS = Set.of("stacktrace", "localizedmessage", "suppressed");

    /** Spring Boot's error attributes: with them, a string {@code trace} is the stack trace. */
    private static final Set<String> SPRING_ERROR_ATTRIBUTES = Set.of("timestamp", "path", "error");

    private record Root(SchemaShape schema, List<ResponseUse> uses) {
    }

    private record Exposed(String path, String owner, String why, List<ResponseUse> uses) {
    }

    @Override
    public void check(RuleContext context) {
        checkCode(context, context.options().getStrings("additional-members", Set.of()));
        Set<String> extra = new HashSet<>();
        context.options().getStrings("additional-members", Set.of()).forEach(n -> extra.add(normalize(n)));
        Map<SourceLocation, Root> roots = new LinkedHashMap<>();
        Set<Operation> swagger2 = ProblemShapes.swagger2Operations(context.model());
        for (ResponseUse use : ResponseUse.all(context.model())) {
            if (!use.declaration().isResolved()) {
                continue;
            }
            for (MediaContent content : use.declaration().content()) {
                if (content.schema() != null && (ProblemShapes.isError(use)
                        || ProblemShapes.declaredAsProblem(use, content, swagger2))) {
                    Root root = roots.computeIfAbsent(content.schema().location(),
                            k -> new Root(content.schema(), new ArrayList<>()));
                    if (!root.uses().contains(use)) {
                        root.uses().add(use);
                    }
                }
            }
        }
        Map<SourceLocation, Exposed> found = new LinkedHashMap<>();
        for (Root root : roots.values()) {
            walk(root.schema(), "", 1, root, extra, found, new HashSet<>());
        }
        found.forEach((at, e) -> context.report(at, ProblemShapes.describe(e.uses()) + ": the error body carries "
                + e.path() + (e.owner() == null ? "" : " (schema '" + e.owner() + "')") + ", " + e.why()
                + "; RFC 9457 §5 warns against exposing implementation details such as a stack dump: remove it, log"
                + " the details on the server and give the client an identifier to quote instead (e.g. instance or a"
                + " trace id)", ProblemShapes.operationLocations(e.uses())));
    }

    private static void walk(SchemaShape schema, String path, int depth, Root root, Set<String> extra,
                             Map<SourceLocation, Exposed> found, Set<SourceLocation> seen) {
        if (schema == null || depth > MAX_DEPTH || !seen.add(schema.location())) {
            return;
        }
        for (Map.Entry<String, SchemaShape> e : schema.properties().entrySet()) {
            String member = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
            String why = exposure(e.getKey(), e.getValue(), schema, extra);
            if (why != null) {
                Exposed x = found.computeIfAbsent(schema.propertyLocation(e.getKey()),
                        k -> new Exposed(member, schema.name(), why, new ArrayList<>()));
                root.uses().stream().filter(u -> !x.uses().contains(u)).forEach(x.uses()::add);
            } else {
                walk(e.getValue(), member, depth + 1, root, extra, found, seen);
            }
        }
        walk(schema.items(), path + "[]", depth, root, extra, found, seen);
        for (SchemaShape alternative : schema.alternatives()) {
            walk(alternative, path, depth, root, extra, found, seen);
        }
    }

    /** Why a member exposes internals, or null when it does not. */
    static String exposure(String name, SchemaShape member, SchemaShape owner, Set<String> extra) {
        String n = normalize(name);
        Set<String> types = member == null ? Set.of() : member.types();
        boolean scalarFlag = types.contains("boolean") || types.contains("integer") || types.contains("number");
        if (scalarFlag) {
            return null; // e.g. "exception": true, a flag, not the exception itself
        }
        if (extra.contains(n)) {
            return "a member the configuration names as internal";
        }
        if (INTERNAL.contains(n)) {
            return n.contains("stack") || n.contains("trace") ? "a stack trace of the server"
                    : "the server's exception, which names its implementation classes";
        }
        if (n.equals("stack") && !types.contains("object")) {
            return "a stack trace of the server";
        }
        if (n.equals("trace") && types.contains("array")) {
            return "a stack trace of the server";
        }
        if (n.equals("trace") && types.contains("string") && hasAll(owner, SPRING_ERROR_ATTRIBUTES)) {
            return "a stack trace of the server (Spring Boot's trace error attribute, sent when"
                    + " server.error.include-stacktrace allows it)";
        }
        if (n.equals("cause") && member != null && isThrowable(member)) {
            return "a serialized exception with its own stack trace";
        }
        return null;
    }

    private static boolean isThrowable(SchemaShape schema) {
        return schema.properties().keySet().stream().map(ErrorExposesInternals::normalize).anyMatch(THROWABLE_MEMBERS::contains);
    }

    private static boolean hasAll(SchemaShape schema, Set<String> names) {
        Set<String> have = new HashSet<>();
        schema.properties().keySet().forEach(k -> have.add(normalize(k)));
        return have.containsAll(names);
    }

    static String normalize(String name) {
        return name.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "").replace(".", "");
    }

    /**
     * In code: an error response whose building method reads a stack trace or an exception's class name, or whose
     * body type has members that carry internals.
     */
    private static void checkCode(RuleContext context, Set<String> extra) {
        for (CodeUse use : CodeUse.all(context.model(), c -> c >= 400 && c <= 599)) {
            if (!use.declaration().hasBody()) {
                continue;
            }
            SchemaShape schema = use.declaration().content().get(0).schema();
            if (schema == null) {
                continue;
            }
            if (schema.exposedInternals() != null) {
                context.report(use.location(), use.describe() + ", built next to " + schema.exposedInternals()
                        + ": stack traces and exception classes tell attackers your stack and help no client;"
                        + " log them with a correlation id and send the id instead", use.related());
                continue;
            }
            for (Map.Entry<String, SchemaShape> member : schema.properties().entrySet()) {
                String why = exposure(member.getKey(), member.getValue(), schema, extra);
                if (why != null) {
                    context.report(use.location(), use.describe() + " with a body of type " + schema.name()
                            + " whose member '" + member.getKey() + "' " + why + ": drop it from the response and log"
                            + " it with a correlation id instead", use.related());
                    break;
                }
            }
        }
    }
}
