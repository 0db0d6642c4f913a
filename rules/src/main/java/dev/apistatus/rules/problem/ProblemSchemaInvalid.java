package dev.apistatus.rules.problem;

import dev.apistatus.core.model.MediaContent;
import dev.apistatus.core.model.Operation;
import dev.apistatus.core.model.ResponseUse;
import dev.apistatus.core.model.SchemaShape;
import dev.apistatus.core.model.SourceLocation;
import dev.apistatus.core.rule.Family;
import dev.apistatus.core.rule.Rule;
import dev.apistatus.core.rule.RuleContext;
import dev.apistatus.core.rule.RuleDefinition;
import dev.apistatus.core.rule.Severity;
import dev.apistatus.core.rule.Target;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The members RFC 9457 defines have fixed JSON types, and a client must ignore a member whose type is wrong: a
 * problem schema that declares {@code status} as a string or {@code detail} as an object describes members no
 * conforming client will read.
 */
@RuleDefinition(
        id = "problem-schema-invalid",
        targets = {Target.SPEC},
        severity = Severity.WARNING,
        family = Family.PROBLEM_DETAILS,
        summary = "A problem schema whose RFC 9457 members have the wrong JSON types (type/instance URI-reference strings, title/detail strings, status a number)",
        references = {"RFC 9457 §3.1 (a member of the wrong type MUST be ignored)", "RFC 9457 §3.1.1–§3.1.5",
                "RFC 9457 Appendix A (JSON Schema)"})
public final class ProblemSchemaInvalid implements Rule {

    private static final Set<String> STRING = Set.of("string");
    private static final Set<String> NUMBER = Set.of("integer", "number");
    private static final List<String> MEMBERS = List.of("type", "title", "status", "detail", "instance");

    private record Wrong(SchemaShape schema, String member, Set<String> types, List<ResponseUse> uses) {
    }

    @Override
    public void check(RuleContext context) {
        Map<SourceLocation, SchemaShape> schemas = new LinkedHashMap<>();
        Map<SourceLocation, List<ResponseUse>> users = ProblemShapes.groups();
        Set<Operation> swagger2 = ProblemShapes.swagger2Operations(context.model());
        for (ResponseUse use : ResponseUse.all(context.model())) {
            if (!use.declaration().isResolved()) {
                continue;
            }
            for (MediaContent content : use.declaration().content()) {
                for (SchemaShape schema : ProblemShapes.problemSchemas(use, content, swagger2)) {
                    schemas.putIfAbsent(schema.location(), schema);
                    List<ResponseUse> list = users.computeIfAbsent(schema.location(), k -> new ArrayList<>());
                    if (!list.contains(use)) {
                        list.add(use);
                    }
                }
            }
        }
        // one finding per member as written: problem schemas that inherit a member (allOf) share its location
        Map<SourceLocation, Wrong> findings = new LinkedHashMap<>();
        for (Map.Entry<SourceLocation, SchemaShape> e : schemas.entrySet()) {
            SchemaShape schema = e.getValue();
            for (String member : MEMBERS) {
                // every declaration counts: allOf members all apply, so a narrowing member can be wrong too
                for (Map.Entry<SourceLocation, SchemaShape> d : schema.propertyDeclarations(member).entrySet()) {
                    if (d.getValue() == null) {
                        continue;
                    }
                    Set<String> wrong = wrongTypes(member, d.getValue());
                    if (wrong.isEmpty()) {
                        continue;
                    }
                    Wrong w = findings.computeIfAbsent(d.getKey(), k -> new Wrong(schema, member, wrong, new ArrayList<>()));
                    users.get(e.getKey()).stream().filter(u -> !w.uses().contains(u)).forEach(w.uses()::add);
                }
            }
        }
        findings.forEach((at, w) -> context.report(at, message(w), ProblemShapes.operationLocations(w.uses())));
    }

    /** The JSON types a member's schema allows beyond those RFC 9457 gives it; empty when fine or unknown. */
    static Set<String> wrongTypes(String member, SchemaShape property) {
        Set<String> allowed = member.equals("status") ? NUMBER : STRING;
        Set<String> types = new LinkedHashSet<>(property.types());
        if (types.isEmpty()) {
            if (property.constValue() != null) {
                types.add(jsonType(property.constValue()));
            } else {
                property.enumValues().stream().filter(v -> v != null).forEach(v -> types.add(jsonType(v)));
            }
        }
        types.remove("null");
        types.remove("unknown");
        types.removeAll(allowed);
        return types;
    }

    private static String jsonType(Object value) {
        if (value instanceof com.fasterxml.jackson.databind.JsonNode node) {
            return node.isTextual() ? "string" : node.isIntegralNumber() ? "integer" : node.isNumber() ? "number"
                    : node.isBoolean() ? "boolean" : node.isArray() ? "array" : node.isObject() ? "object" : "unknown";
        }
        if (value instanceof String) {
            return "string";
        }
        if (value instanceof Integer || value instanceof Long || value instanceof java.math.BigInteger) {
            return "integer";
        }
        if (value instanceof Number) {
            return "number";
        }
        if (value instanceof Boolean) {
            return "boolean";
        }
        if (value instanceof List<?>) {
            return "array";
        }
        return value instanceof Map<?, ?> ? "object" : "unknown";
    }

    private static String message(Wrong w) {
        String declared = String.join("/", w.types());
        String example = w.uses().stream().filter(u -> u.code().isExact()).map(u -> u.code().text()).findFirst().orElse("404");
        String head = ProblemShapes.describe(w.uses()) + ": " + ProblemShapes.name(w.schema()) + " declares the member "
                + w.member() + " as " + declared + ", but ";
        String rule = switch (w.member()) {
            case "status" -> "RFC 9457 §3.1.2 makes status a JSON number, the HTTP status code: declare it"
                    + " type: integer (e.g. " + example + ")";
            case "type" -> "RFC 9457 §3.1.1 makes type a string holding a URI reference: declare it"
                    + " type: string, format: uri-reference";
            case "instance" -> "RFC 9457 §3.1.5 makes instance a string holding a URI reference: declare it"
                    + " type: string, format: uri-reference";
            case "detail" -> "RFC 9457 §3.1.4 makes detail a string, a human-readable explanation: declare it"
                    + " type: string and move structured details to an extension member such as errors (§3.2)";
            default -> "RFC 9457 §3.1.3 makes title a string, a short human-readable summary: declare it type: string";
        };
        return head + rule + "; a client must ignore a member of the wrong type (§3.1)";
    }
}
