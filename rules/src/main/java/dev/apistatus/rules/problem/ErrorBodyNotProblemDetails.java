package dev.apistatus.rules.problem;

import dev.apistatus.core.model.MediaContent;
import dev.apistatus.core.model.ResponseUse;
import dev.apistatus.core.model.SchemaShape;
import dev.apistatus.core.model.CodeUse;
import dev.apistatus.core.rule.Family;
import dev.apistatus.core.rule.Rule;
import dev.apistatus.core.rule.RuleContext;
import dev.apistatus.core.rule.RuleDefinition;
import dev.apistatus.core.rule.Severity;
import dev.apistatus.core.rule.Target;
import java.util.Locale;
import java.util.Map;

/**
 * Error responses should be RFC 9457 Problem Details, announced by their media type, so that any client can
 * read any error the same way.
 */
@RuleDefinition(
        id = "error-body-not-problem-details",
        targets = {Target.SPEC, Target.CODE},
        severity = Severity.WARNING,
        family = Family.PROBLEM_DETAILS,
        summary = "An error response whose body is not RFC 9457 Problem Details (media type application/problem+json or +xml, a problem object)",
        references = {"RFC 9457 §3 (The Problem Details JSON Object, its media type)", "RFC 9457 Appendix B (XML format)",
                "Zalando RESTful API Guidelines rule 176 (use Problem JSON)"})
public final class ErrorBodyNotProblemDetails implements Rule {

    @Override
    public void check(RuleContext context) {
        checkCode(context);
        for (ResponseUse use : ResponseUse.all(context.model())) {
            if (!ProblemShapes.isError(use) || !use.declaration().isResolved() || !use.declaration().hasBody()) {
                continue;
            }
            MediaContent problem = use.declaration().content().stream()
                    .filter(MediaContent::isProblemDetails).findFirst().orElse(null);
            if (problem != null) {
                SchemaShape schema = problem.schema();
                if (schema != null && !schema.types().isEmpty() && !schema.isObject()) {
                    context.report(schema.location(), use.describe() + " declares " + problem.mediaType()
                            + " but its schema is " + String.join("/", schema.types()) + ", not an object: a problem"
                            + " is one JSON object with type, title, status, detail and instance (RFC 9457 §3)",
                            use.userLocations());
                }
                continue;
            }
            MediaContent body = use.declaration().content().get(0);
            context.report(body.location(), use.describe() + " answers errors as " + body.mediaType() + advice(body),
                    use.userLocations());
        }
    }

    private static String advice(MediaContent body) {
        String target = body.essence().contains("xml") ? "application/problem+xml" : "application/problem+json";
        SchemaShape schema = body.schema();
        if (schema != null && isSalesforceErrorArray(schema)) {
            return ", a Salesforce-style error array [{fields, message, errorCode}]: answer one " + target
                    + " object instead; map errorCode to type (a URI such as https://example.com/problems/<errorCode>),"
                    + " message to detail, fields to an extension member (e.g. \"errors\": [{\"fields\": [...]}]),"
                    + " and add title and status";
        }
        if (schema != null && ProblemShapes.hasProblemMembers(schema)) {
            return ", whose schema already has the Problem Details members: declare the media type " + target
                    + " (RFC 9457 §3) so clients recognise it";
        }
        return ": declare " + target + " with a problem object (type, title, status, detail, instance; RFC 9457 §3),"
                + " e.g. one shared Problem schema";
    }

    /** An array of objects carrying {@code message} and {@code errorCode}: the Salesforce REST API's error shape. */
    static boolean isSalesforceErrorArray(SchemaShape schema) {
        if (!schema.isArray() || schema.items() == null) {
            return false;
        }
        Map<String, SchemaShape> item = schema.items().properties();
        return hasMember(item, "message") && hasMember(item, "errorCode");
    }

    private static boolean hasMember(Map<String, SchemaShape> props, String name) {
        return props.keySet().stream().anyMatch(k -> k.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)));
    }

    /**
     * In code: an error response built with a body whose type is known and is not a problem (a Map, a String, a
     * house error DTO). Bodies of unknown type are left alone.
     */
    private static void checkCode(RuleContext context) {
        for (CodeUse use : CodeUse.all(context.model(), c -> c >= 400 && c <= 599)) {
            if (!use.declaration().hasBody()) {
                continue;
            }
            MediaContent body = use.declaration().content().get(0);
            SchemaShape schema = body.schema();
            if (body.isProblemDetails() || schema == null || schema.types().isEmpty()) {
                continue;
            }
            String shape = isSalesforceErrorArray(schema) ? "a Salesforce-style error array [{fields, message, errorCode}]"
                    : "a body of type " + schema.name();
            context.report(use.location(), use.describe() + " with " + shape + ", not an RFC 9457 problem: return a"
                    + " ProblemDetail (e.g. ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(" + use.code()
                    + "), message)), which Spring sends as application/problem+json", use.related());
        }
    }
}
