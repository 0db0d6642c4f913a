package dev.apistatus.rules.problem;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apistatus.core.model.ApiModel;
import dev.apistatus.core.model.MediaContent;
import dev.apistatus.core.model.Operation;
import dev.apistatus.core.model.ResponseUse;
import dev.apistatus.core.model.SchemaShape;
import dev.apistatus.core.model.SourceLocation;
import dev.apistatus.core.model.SpecVersion;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the problem-details rules share: the RFC 9457 members, when a response is an error, what a problem schema is. */
final class ProblemShapes {

    /** The members RFC 9457 §3.1 defines. */
    static final Set<String> PROBLEM_MEMBERS = Set.of("type", "title", "status", "detail", "instance");

    /**
     * Error formats of their own whose members share names with RFC 9457's but not their types (JSON:API and
     * SCIM both define {@code status} as a string): never read as problems.
     */
    private static final Set<String> OTHER_ERROR_FORMATS = Set.of("application/vnd.api+json", "application/scim+json");

    private ProblemShapes() {
    }

    /** An object with {@code title} or {@code detail} and at least one other member RFC 9457 defines. */
    static boolean hasProblemMembers(SchemaShape schema) {
        Map<String, SchemaShape> props = schema.properties();
        long known = props.keySet().stream().filter(PROBLEM_MEMBERS::contains).count();
        return known >= 2 && (props.containsKey("title") || props.containsKey("detail"));
    }

    /** 4xx, 5xx and their ranges; {@code default} only when the operation declares its successes separately. */
    static boolean isError(ResponseUse use) {
        if (use.code().isError()) {
            return true;
        }
        return use.code().isDefault() && use.operations().stream().allMatch(ProblemShapes::hasSuccess);
    }

    private static boolean hasSuccess(Operation op) {
        return op.responses().stream().anyMatch(r -> r.code().isSuccess() || r.code().isRedirection());
    }

    /** The operations of Swagger 2.0 documents, whose response media types come from the operation's {@code produces}. */
    static Set<Operation> swagger2Operations(ApiModel model) {
        Set<Operation> out = Collections.newSetFromMap(new IdentityHashMap<>());
        model.specs().stream().filter(d -> d.version() == SpecVersion.SWAGGER_2_0).forEach(d -> out.addAll(d.operations()));
        return out;
    }

    /**
     * Whether a body is declared a problem by its media type. Swagger 2.0 gives the one response schema to every
     * media type the operation {@code produces}, so an operation that produces {@code application/json} and
     * {@code application/problem+json} says nothing of which response is which: there only a response whose
     * media types are all problem types is declared a problem.
     */
    static boolean declaredAsProblem(ResponseUse use, MediaContent content, Set<Operation> swagger2) {
        if (!content.isProblemDetails()) {
            return false;
        }
        return !swagger2.contains(use.operations().get(0))
                || use.declaration().content().stream().allMatch(MediaContent::isProblemDetails);
    }

    /**
     * The problem schemas of a body: when declared a problem by its media type, its object schema (or each
     * object alternative of a {@code oneOf}/{@code anyOf}); in an error response otherwise, the schema or
     * alternatives that are deliberately modelled on RFC 9457, i.e. that have at least three of its five
     * members, {@code title} or {@code detail} among them. JSON:API and SCIM bodies are never problems.
     */
    static List<SchemaShape> problemSchemas(ResponseUse use, MediaContent content, Set<Operation> swagger2) {
        SchemaShape schema = content.schema();
        List<SchemaShape> out = new ArrayList<>();
        if (schema == null) {
            return out;
        }
        boolean problemType = declaredAsProblem(use, content, swagger2);
        boolean errorResponse = isError(use);
        if (!problemType && (!errorResponse || OTHER_ERROR_FORMATS.contains(content.essence()))) {
            return out;
        }
        List<SchemaShape> candidates = new ArrayList<>();
        candidates.add(schema);
        if (schema.properties().isEmpty()) {
            candidates.addAll(schema.alternatives());
        }
        for (SchemaShape candidate : candidates) {
            if (candidate == null || !isObjectish(candidate)) {
                continue;
            }
            if (problemType ? !candidate.properties().isEmpty() : looksLikeProblem(candidate)) {
                out.add(candidate);
            }
        }
        return out;
    }

    private static boolean isObjectish(SchemaShape schema) {
        return schema.types().isEmpty() || schema.isObject();
    }

    /** At least three RFC 9457 members, {@code title} or {@code detail} among them. */
    static boolean looksLikeProblem(SchemaShape schema) {
        Map<String, SchemaShape> props = schema.properties();
        long known = props.keySet().stream().filter(PROBLEM_MEMBERS::contains).count();
        return known >= 3 && (props.containsKey("title") || props.containsKey("detail"));
    }

    /** A status code read from a schema or example value: an integral number or a string of three digits; null otherwise. */
    static Integer statusValue(Object value) {
        if (value instanceof JsonNode node) {
            if (node.isIntegralNumber()) {
                return node.asInt();
            }
            if (node.isNumber()) {
                return statusValue(node.decimalValue());
            }
            return node.isTextual() ? statusValue(node.asText()) : null;
        }
        if (value instanceof BigDecimal d) {
            try {
                return d.stripTrailingZeros().intValueExact();
            } catch (ArithmeticException e) {
                return null;
            }
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return d == Math.rint(d) ? (int) d : null;
        }
        if (value instanceof Number n) {
            return n.intValue();
        }
        if (value instanceof String s && s.trim().matches("[1-5][0-9][0-9]")) {
            return Integer.parseInt(s.trim());
        }
        return null;
    }

    /** The {@code status} member of an example object (a Jackson node or a map); null when it has none. */
    static Object statusMember(Object example) {
        if (example instanceof JsonNode node) {
            return node.isObject() && node.has("status") ? node.get("status") : null;
        }
        if (example instanceof Map<?, ?> map) {
            return map.get("status");
        }
        return null;
    }

    /** The users of a schema or response, for messages: {@code GET /a 404, POST /b 400 and 3 more}. */
    static String describe(List<ResponseUse> uses) {
        StringBuilder out = new StringBuilder();
        int shown = Math.min(2, uses.size());
        for (int i = 0; i < shown; i++) {
            out.append(i == 0 ? "" : ", ").append(uses.get(i).describe());
        }
        if (uses.size() > shown) {
            out.append(" and ").append(uses.size() - shown).append(" more");
        }
        return out.toString();
    }

    /** The operations behind some uses, each once, for related locations. */
    static List<SourceLocation> operationLocations(List<ResponseUse> uses) {
        Set<SourceLocation> out = new LinkedHashSet<>();
        uses.forEach(u -> u.operations().forEach(op -> out.add(op.location())));
        return List.copyOf(out);
    }

    /** How a message names a schema: {@code schema 'Problem'} or {@code the problem schema}. */
    static String name(SchemaShape schema) {
        return schema.name() != null ? "schema '" + schema.name() + "'" : "the problem schema";
    }

    /** Groups values under a key in first-seen order. */
    static <K, V> void add(Map<K, List<V>> map, K key, V value) {
        map.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }

    static <K, V> Map<K, List<V>> groups() {
        return new LinkedHashMap<>();
    }
}
