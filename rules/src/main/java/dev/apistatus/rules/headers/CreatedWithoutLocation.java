package dev.apistatus.rules.headers;

import dev.apistatus.core.model.HttpMethod;
import dev.apistatus.core.model.MediaContent;
import dev.apistatus.core.model.Operation;
import dev.apistatus.core.model.Response;
import dev.apistatus.core.model.ResponseDeclaration;
import dev.apistatus.core.model.SchemaShape;
import dev.apistatus.core.model.SpecDocument;
import dev.apistatus.core.model.CodeUse;
import dev.apistatus.core.rule.Family;
import dev.apistatus.core.rule.Rule;
import dev.apistatus.core.rule.RuleContext;
import dev.apistatus.core.rule.RuleDefinition;
import dev.apistatus.core.rule.Severity;
import dev.apistatus.core.rule.Target;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A 201 tells the client something new exists; Location tells it where. Without Location the created resource
 * is the target URI (RFC 9110 §15.3.2), which is right for PUT, PATCH and a POST that creates the resource it is
 * sent to, and wrong for a POST to a collection whose members live at their own URI.
 *
 * <p>So by default ({@code addressableOnly: true}) the rule looks at a POST only when the spec has a path one
 * template segment below it ({@code POST /orders} and {@code /orders/{id}}): actions ({@code /runs/{id}/rerun},
 * {@code /registration-token}) and singletons ({@code /users/{id}/avatar}) have no such path. It also leaves
 * alone a POST that answers with a list (a bulk create: one Location cannot name several resources) and a POST
 * that answers with the parent resource it changed ({@code POST /issues/{n}/assignees} returning the issue).
 */
@RuleDefinition(
        id = "created-without-location",
        targets = {Target.SPEC, Target.CODE},
        severity = Severity.WARNING,
        family = Family.STATUS,
        summary = "A 201 Created response to a POST that creates an addressable resource, with no Location header",
        references = {"RFC 9110 §15.3.2 (201 Created)", "RFC 9110 §10.2.2 (Location)", "RFC 9110 §9.3.3 (POST)"},
        options = CreatedWithoutLocation.ADDRESSABLE_ONLY)
public final class CreatedWithoutLocation implements Rule {

    static final String ADDRESSABLE_ONLY = "addressableOnly";

    private static final int CODE = 201;
    private static final Pattern PARAMETER = Pattern.compile("\\{[^}/]*}");
    /** A format suffix on the last segment, as in Twilio's {@code /Messages.json} and {@code /Messages/{Sid}.json}. */
    private static final Pattern FORMAT_SUFFIX = Pattern.compile("\\.(json|xml)$", Pattern.CASE_INSENSITIVE);
    /** Members of a list envelope that are not the list itself (paging, links). */
    private static final Set<String> LIST_METADATA = Set.of("meta", "links", "_links", "paging", "pagination", "page",
            "pages", "total", "total_count", "count", "limit", "offset", "next", "next_marker", "prev", "previous",
            "cursor", "has_more", "url", "object");

    @Override
    public void check(RuleContext context) {
        checkCode(context);
        boolean addressableOnly = context.options().getBoolean(ADDRESSABLE_ONLY, true);
        String header = ResponseGroups.requiredHeader(CODE);
        Map<String, Operation> byPath = new HashMap<>();
        for (SpecDocument doc : context.model().specs()) {
            for (Operation op : doc.operations()) {
                Operation known = byPath.get(normalize(op.path()));
                if (known == null || known.method() != HttpMethod.GET && op.method() == HttpMethod.GET) {
                    byPath.put(normalize(op.path()), op);
                }
            }
        }
        for (ResponseGroups.Group g : ResponseGroups.of(context.model(), c -> c == CODE)) {
            if (g.declares(header) || answersWithList(g.declaration())) {
                continue;
            }
            for (Operation op : g.operations()) {
                if (op.method() != HttpMethod.POST) {
                    continue;
                }
                Operation member = byPath.get(normalize(op.path()) + "/{}");
                if (addressableOnly && (member == null || answersWithParent(op, g.declaration(), byPath))) {
                    continue;
                }
                String where = member != null ? " (" + member.path() + ")" : "";
                context.report(g.location(), g.describe() + " declares no " + header + " header: add " + header
                        + " with the URI of the created resource" + where + "; without it a client takes the"
                        + " target URI, " + op.path() + ", for the created resource ("
                        + ResponseGroups.status(CODE).reference() + ")", g.related());
                break;
            }
        }
    }

    /** The path with every template parameter as {@code {}}, no trailing slash or format suffix, lower case. */
    static String normalize(String path) {
        String p = PARAMETER.matcher(path).replaceAll("{}");
        p = FORMAT_SUFFIX.matcher(p).replaceFirst("");
        while (p.length() > 1 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p.toLowerCase(Locale.ROOT);
    }

    /** A bulk create: the body is an array, or an envelope whose only content is arrays (plus paging and links). */
    static boolean answersWithList(ResponseDeclaration declaration) {
        SchemaShape schema = body(declaration);
        if (schema == null || !schema.alternatives().isEmpty()) {
            return false;
        }
        if (schema.isArray()) {
            return true;
        }
        Map<String, SchemaShape> props = schema.properties();
        boolean anyArray = false;
        for (Map.Entry<String, SchemaShape> p : props.entrySet()) {
            if (p.getValue() != null && p.getValue().isArray()) {
                anyArray = true;
            } else if (!LIST_METADATA.contains(p.getKey().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return anyArray;
    }

    /**
     * The POST answers with the same named schema as a GET of the resource one segment up: it changed that resource
     * (added assignees, labels) rather than creating a member of its own.
     */
    private static boolean answersWithParent(Operation op, ResponseDeclaration created, Map<String, Operation> byPath) {
        String path = normalize(op.path());
        int slash = path.lastIndexOf('/');
        if (slash <= 0) {
            return false;
        }
        Operation parent = byPath.get(path.substring(0, slash));
        if (parent == null || parent.method() != HttpMethod.GET) {
            return false;
        }
        SchemaShape mine = body(created);
        SchemaShape theirs = parent.response(200).map(Response::declaration).map(CreatedWithoutLocation::body).orElse(null);
        return mine != null && theirs != null && mine.name() != null && Objects.equals(mine.name(), theirs.name());
    }

    private static SchemaShape body(ResponseDeclaration declaration) {
        return declaration.content().stream().map(MediaContent::schema).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** In code: a built response without the header (responses whose headers are partly set out of sight are skipped). */
    private static void checkCode(RuleContext context) {
        for (CodeUse use : ResponseGroups.builtWithoutHeader(context.model(), c -> c == CODE)) {
            if (use.operations().stream().noneMatch(o -> o.operation().method() == HttpMethod.POST)) {
                continue;
            }
            ResponseGroups.reportBuiltWithout(context, use, "return ResponseEntity.created(uri) with the URI of the created resource; without it a client takes the request URI for it");
        }
    }
}
