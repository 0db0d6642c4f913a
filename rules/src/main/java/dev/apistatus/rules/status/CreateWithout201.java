package dev.apistatus.rules.status;

import dev.apistatus.core.model.CodeOperation;
import dev.apistatus.core.model.Evidence;
import dev.apistatus.core.model.HttpMethod;
import dev.apistatus.core.model.MediaContent;
import dev.apistatus.core.model.Operation;
import dev.apistatus.core.model.Response;
import dev.apistatus.core.model.SchemaShape;
import dev.apistatus.core.model.SpecDocument;
import dev.apistatus.core.rule.Family;
import dev.apistatus.core.rule.Rule;
import dev.apistatus.core.rule.RuleContext;
import dev.apistatus.core.rule.RuleDefinition;
import dev.apistatus.core.rule.Severity;
import dev.apistatus.core.rule.Target;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A POST that creates a resource in a collection but answers 200 instead of 201 Created (or 202 Accepted).
 *
 * <p>Precision comes first: the rule only speaks when the POST clearly creates a member of a collection.
 * <ul>
 *   <li>The operation declares 200 and no other success code (201, 202, 204, 207 or a 2XX range each say the
 *       author chose deliberately), and takes a request body.</li>
 *   <li>The path is a collection: its last segment is no template variable, and the document shows members
 *       ({@code /orders/{id}} next to {@code /orders}), or lists it with a GET and names it with a plural noun.</li>
 *   <li>It is no action: no RPC-style {@code :verb} suffix, a last segment that does not start with a verb
 *       ({@code /cancel}, {@code /merge-upstream}, {@code /reset_auth}) nor name an action ({@code /login},
 *       {@code /search}, {@code /query}, {@code /batch}), and an operationId whose first verb is not an action
 *       ({@code searchPets}, {@code apps_validate_appSpec}); the option {@code actionWords} adds words.</li>
 *   <li>It creates one thing: neither the request body nor the 200 body is a list (adding labels, assigning
 *       members and bulk calls answer the resulting set).</li>
 * </ul>
 */
@RuleDefinition(
        id = "create-without-201",
        targets = {Target.SPEC, Target.CODE},
        severity = Severity.WARNING,
        family = Family.STATUS,
        summary = "A POST that creates a resource (collection path, request body, not an action) answers 200 and"
                + " neither 201 nor 202",
        references = {"RFC 9110 §9.3.3 (POST: a created resource SHOULD be answered 201 with Location)",
                "RFC 9110 §15.3.2 (201)", "Microsoft Azure REST API Guidelines (http-success-status-codes)",
                "Zalando RESTful API Guidelines rule 150 (201 on successful entity creation)"},
        options = CreateWithout201.ACTION_WORDS)
public final class CreateWithout201 implements Rule {

    /** The option adding words that mark an action rather than a creation. */
    static final String ACTION_WORDS = "actionWords";

    /** Words that make a path segment or an operationId a creation, whatever follows. */
    private static final Set<String> CREATE_VERBS = Set.of("create", "add", "new", "insert", "register", "upload", "make");

    /** Verbs that make a last path segment (as its first word) or an operationId (as its first verb) an action. */
    private static final Set<String> ACTION_VERBS = Set.of(
            "accept", "activate", "advance", "apply", "approve", "archive", "assign", "attach", "authenticate",
            "authorize", "block", "calculate", "cancel", "capture", "change", "check", "clear", "clone", "close",
            "commit", "complete", "compute", "confirm", "convert", "copy", "deactivate", "decline", "decrypt",
            "delete", "deliver", "detach", "disable", "dismiss", "dispatch", "download", "duplicate", "enable",
            "encrypt", "estimate", "evaluate", "execute", "expire", "export", "extend", "extract", "fail", "finalize",
            "find", "fund", "generate", "get", "grant", "import", "increment", "install", "invalidate", "invoke",
            "link", "list", "lock", "mark", "merge", "migrate", "move", "notify", "pause", "pay", "ping", "poll",
            "present", "preview", "print", "process", "promote", "publish", "purge", "reactivate", "read", "reboot",
            "recalculate", "redact", "redeem", "redeliver", "refresh", "refund", "reindex", "reject", "release",
            "reload", "remove", "rename", "render", "renew", "reopen", "replace", "replay", "rerequest", "rerun",
            "resend", "reset", "resize", "resolve", "restart", "restore", "resume", "retry", "return", "reverse",
            "revert", "review", "revoke", "rotate", "run", "scan", "send", "set", "share", "ship", "sign",
            "simulate", "start", "stop", "submit", "subscribe", "succeed", "suspend", "sync", "terminate", "test",
            "toggle", "transfer", "transition", "trigger", "trim", "unarchive", "unassign", "unblock", "unlink",
            "unlock", "unpublish", "unsubscribe", "update", "upgrade", "validate", "verify", "void");

    /** Words that name an action wherever they stand in the last path segment or the operationId. */
    private static final Set<String> ACTION_NOUNS = Set.of(
            "login", "logout", "signin", "signout", "signup", "token", "auth", "oauth", "search", "query", "batch",
            "bulk", "graphql", "rpc", "lookup", "autocomplete", "count", "preview", "validation", "verification");

    private static final Set<String> IRREGULAR_PLURALS = Set.of("people", "children", "data", "media");

    private static final Pattern WORD_BREAK = Pattern.compile("[^A-Za-z0-9]+|(?<=[a-z0-9])(?=[A-Z])");

    @Override
    public void check(RuleContext context) {
        Set<String> extra = new HashSet<>();
        context.options().getStrings(ACTION_WORDS, Set.of()).forEach(w -> extra.add(w.toLowerCase(Locale.ROOT)));
        for (SpecDocument doc : context.model().specs()) {
            Paths paths = new Paths(doc.operations());
            for (Operation op : doc.operations()) {
                Response ok = op.response(200).orElse(null);
                if (op.method() != HttpMethod.POST || ok == null || op.requestBody() == null
                        || otherSuccess(op) || !createsMember(op, paths, extra) || listLike(op, ok)) {
                    continue;
                }
                context.report(ok.location(), op.describe() + " answers 200 but creates a resource in the collection "
                        + collection(op.path()) + ": declare 201 Created with a Location header naming the new"
                        + " resource (or 202 Accepted if it is created later)");
            }
        }
        checkCode(context, extra);
    }

    /**
     * In code: a POST handler with a request body, on a collection the service also serves (a GET on it or a
     * member path below it), that answers 200 and never 201 or 202. Handlers with unknowns are not judged.
     */
    private static void checkCode(RuleContext context, Set<String> extra) {
        List<CodeOperation> all = context.model().codeOperations();
        Paths paths = new Paths(all.stream().map(CodeOperation::operation).toList());
        for (CodeOperation co : all) {
            Operation op = co.operation();
            if (op.method() != HttpMethod.POST || op.requestBody() == null || !co.isComplete()
                    || otherSuccess(op) || !createsMember(op, paths, extra)) {
                continue;
            }
            for (Response r : op.responses()) {
                if (r.code().code() == 200 && r.evidence() != null && !r.evidence().isFrameworkDefault()
                        && r.evidence().kind() != Evidence.Kind.EXCEPTION && !listBody(r)) {
                    context.report(r.location(), co.handler() + " (" + op.describe() + ") answers 200 ("
                            + r.evidence().detail() + ") but creates a resource in the collection " + collection(op.path())
                            + ": answer 201 with its Location, e.g. return ResponseEntity.created(uri).body(saved)");
                }
            }
        }
    }

    private static boolean listBody(Response r) {
        return r.declaration().content().stream().anyMatch(c -> c.schema() != null && c.schema().isArray());
    }

    private static boolean otherSuccess(Operation op) {
        return op.responses().stream().anyMatch(r -> r.code().isSuccess() && r.code().code() != 200);
    }

    private static boolean createsMember(Operation op, Paths paths, Set<String> extra) {
        String path = collection(op.path());
        String last = path.substring(path.lastIndexOf('/') + 1);
        if (last.isEmpty() || last.startsWith("{") || last.contains(":") || last.contains("{")) {
            return false;
        }
        List<String> words = words(last);
        if (words.isEmpty() || isAction(words, extra)) {
            return false;
        }
        if (op.operationId() != null && isActionId(words(op.operationId()), extra)) {
            return false;
        }
        return paths.hasMembers(path) || (paths.hasGet(path) && isPlural(words.get(words.size() - 1)));
    }

    /** The path without Box-style {@code #variant} suffixes and trailing slashes. */
    private static String collection(String path) {
        String p = path;
        int hash = p.indexOf('#');
        if (hash >= 0) {
            p = p.substring(0, hash);
        }
        while (p.length() > 1 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }

    private static boolean isAction(List<String> segmentWords, Set<String> extra) {
        String first = segmentWords.get(0);
        if (ACTION_VERBS.contains(first) || extra.contains(first)) {
            return true;
        }
        return segmentWords.stream().anyMatch(w -> ACTION_NOUNS.contains(w) || extra.contains(w));
    }

    /** The first verb of the operationId decides: {@code searchPets} is an action, {@code apps_create} is not. */
    private static boolean isActionId(List<String> idWords, Set<String> extra) {
        for (String w : idWords) {
            if (extra.contains(w) || ACTION_NOUNS.contains(w)) {
                return true;
            }
            if (CREATE_VERBS.contains(w)) {
                return false;
            }
            if (ACTION_VERBS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** A list in, or a list out: the call adds or sets many things, it does not create one. */
    private static boolean listLike(Operation op, Response ok) {
        for (MediaContent c : op.requestBody().content()) {
            if (c.schema() != null && isList(c.schema())) {
                return true;
            }
        }
        if (ok.declaration().isResolved()) {
            for (MediaContent c : ok.declaration().content()) {
                if (c.schema() != null && c.schema().isArray()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** An array, an object whose one member is an array ({@code {labels: [...]}}), or alternatives of which one is. */
    private static boolean isList(SchemaShape s) {
        if (s.isArray()) {
            return true;
        }
        if (s.properties().size() == 1 && s.properties().values().iterator().next() != null
                && s.properties().values().iterator().next().isArray()) {
            return true;
        }
        for (SchemaShape alt : s.alternatives()) {
            if (alt != null && alt != s && (alt.isArray() || (alt.properties().size() == 1
                    && alt.properties().values().iterator().next() != null
                    && alt.properties().values().iterator().next().isArray()))) {
                return true;
            }
        }
        return false;
    }

    static boolean isPlural(String word) {
        if (IRREGULAR_PLURALS.contains(word)) {
            return true;
        }
        return word.length() > 2 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")
                && !word.endsWith("is");
    }

    /** Lower-case words of a path segment or an operationId: {@code create-workflowDispatch} gives create, workflow, dispatch. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : WORD_BREAK.split(text)) {
            if (!w.isEmpty()) {
                out.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** The document's paths, with template variables blurred so {@code /a/{id}} and {@code /a/{a_id}} match. */
    private static final class Paths {
        private final Set<String> all = new TreeSet<>();
        private final Set<String> gets = new TreeSet<>();

        Paths(List<Operation> operations) {
            for (Operation op : operations) {
                String p = blur(collection(op.path()));
                all.add(p);
                if (op.method() == HttpMethod.GET) {
                    gets.add(p);
                }
            }
        }

        boolean hasMembers(String path) {
            return all.contains(blur(path) + "/{}");
        }

        boolean hasGet(String path) {
            return gets.contains(blur(path));
        }

        private static String blur(String path) {
            return path.replaceAll("\\{[^}]*}", "{}");
        }
    }
}
