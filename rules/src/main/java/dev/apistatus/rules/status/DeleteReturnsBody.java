package dev.apistatus.rules.status;

import dev.apistatus.core.model.HttpMethod;
import dev.apistatus.core.model.MediaContent;
import dev.apistatus.core.model.Operation;
import dev.apistatus.core.model.Response;
import dev.apistatus.core.model.CodeOperation;
import dev.apistatus.core.rule.Family;
import dev.apistatus.core.rule.Rule;
import dev.apistatus.core.rule.RuleContext;
import dev.apistatus.core.rule.RuleDefinition;
import dev.apistatus.core.rule.Severity;
import dev.apistatus.core.rule.Target;

/**
 * A DELETE whose success is a 200 with a body, and no 204. HTTP allows it (RFC 9110 §9.3.5: 200 "if the action
 * has been enacted and the response message includes a representation describing the status"), so this is a
 * note: the convention is 204 No Content, and a client that deleted something rarely needs it back.
 */
@RuleDefinition(
        id = "delete-returns-body",
        targets = {Target.SPEC, Target.CODE},
        severity = Severity.NOTE,
        family = Family.STATUS,
        summary = "A DELETE answers 200 with a body (the deleted entity) and no 204, where 204 No Content is the convention",
        references = {"RFC 9110 §9.3.5 (DELETE)", "RFC 9110 §15.3.5 (204)",
                "Microsoft Azure REST API Guidelines (http-delete-returns-204)"})
public final class DeleteReturnsBody implements Rule {

    @Override
    public void check(RuleContext context) {
        checkCode(context);
        for (Operation op : context.model().specOperations()) {
            if (op.method() != HttpMethod.DELETE || declares204(op) || removesFromParent(op.path())) {
                continue;
            }
            Response ok = op.response(200).orElse(null);
            if (ok == null || !ok.declaration().isResolved() || !ok.declaration().hasBody()) {
                continue;
            }
            context.report(ok.location(), op.describe() + " answers 200 with a body (" + body(ok) + ") and declares"
                    + " no 204: the convention for a successful DELETE is 204 No Content without a body; declare"
                    + " 204 and drop the body, or keep 200 only if clients need what it returns (RFC 9110 §9.3.5"
                    + " allows a 200 that describes the status)");
        }
    }

    /**
     * A DELETE of a named part of an identified resource ({@code /articles/{slug}/favorite},
     * {@code /users/{id}/follow}): it undoes a relation or a setting of the parent, and answering the parent's new
     * state is the "representation describing the status" RFC 9110 §9.3.5 allows, not the deleted entity sent back.
     */
    static boolean removesFromParent(String path) {
        String[] segments = path.replaceAll("^/+|/+$", "").split("/+");
        if (segments.length < 2 || segments[segments.length - 1].contains("{")) {
            return false;
        }
        for (int i = 0; i < segments.length - 1; i++) {
            if (segments[i].contains("{")) {
                return true;
            }
        }
        return false;
    }

    /** An exact 204, or a 2XX range that may stand for it. */
    private static boolean declares204(Operation op) {
        return op.responses().stream().anyMatch(r -> r.code().code() == 204 || (r.code().isRange() && r.code().isSuccess()));
    }

    private static String body(Response ok) {
        MediaContent first = ok.declaration().content().get(0);
        String name = first.schema() == null ? null : first.schema().name();
        String items = first.schema() != null && first.schema().isArray() && first.schema().items() != null
                && first.schema().items().name() != null ? first.schema().items().name() : null;
        if (name != null) {
            return first.mediaType() + ", schema '" + name + "'";
        }
        if (items != null) {
            return first.mediaType() + ", an array of '" + items + "'";
        }
        return first.mediaType();
    }

    /** In code: a DELETE handler that answers 200 with a body and never 204. */
    private static void checkCode(RuleContext context) {
        for (CodeOperation co : context.model().codeOperations()) {
            Operation op = co.operation();
            if (op.method() != HttpMethod.DELETE || op.response(204).isPresent() || !co.isComplete()
                    || removesFromParent(op.path())) {
                continue;
            }
            for (Response r : op.responses()) {
                if (r.code().code() == 200 && r.declaration().hasBody() && r.evidence() != null
                        && !r.evidence().isFrameworkDefault() && r.evidence().kind() != dev.apistatus.core.model.Evidence.Kind.EXCEPTION) {
                    context.report(r.location(), co.handler() + " (" + op.describe() + ") answers 200 with a body ("
                            + r.evidence().detail() + ") and never 204: the convention for a successful DELETE is 204"
                            + " No Content; return ResponseEntity.noContent().build() (or a void handler with"
                            + " @ResponseStatus(HttpStatus.NO_CONTENT)), or keep 200 only if clients need the body");
                }
            }
        }
    }
}
