package dev.apistatus.rules.handlers;

import dev.apistatus.core.model.AnswerTrait;
import dev.apistatus.core.model.CodeOperation;
import dev.apistatus.core.model.ErrorMapping;
import dev.apistatus.core.model.Evidence;
import dev.apistatus.core.model.Response;
import dev.apistatus.core.rule.Family;
import dev.apistatus.core.rule.Rule;
import dev.apistatus.core.rule.RuleContext;
import dev.apistatus.core.rule.RuleDefinition;
import dev.apistatus.core.rule.Severity;
import dev.apistatus.core.rule.Target;
import java.util.HashSet;
import java.util.Set;

/**
 * A success status around an error: the body says the request failed, the status says it succeeded. Clients,
 * caches, retries and monitoring all go by the status.
 */
@RuleDefinition(
        id = "error-with-success-status",
        targets = {Target.CODE},
        severity = Severity.ERROR,
        family = Family.HANDLER,
        summary = "A 2xx built around an error: an error body (ok(Map.of(\"error\", ...)), ProblemDetail.forStatus(200)), a success returned from a catch-all block, an exception handler answering 2xx",
        references = {"RFC 9110 §15 (the status code describes the result of the request)",
                "RFC 9110 §15.3 (2xx Successful)", "RFC 9457 §3.1.2 (status: the HTTP status code generated for this occurrence)",
                "Salesforce B2C Commerce API, HTTP Status Codes and Errors (code to the HTTP response status code)"})
public final class ErrorWithSuccessStatus implements Rule {

    @Override
    public void check(RuleContext context) {
        Set<String> reported = new HashSet<>();
        for (CodeOperation op : context.model().codeOperations()) {
            for (Response r : op.operation().responses()) {
                Evidence e = r.evidence();
                if (!r.code().isSuccess() || e == null || e.kind() == Evidence.Kind.EXCEPTION || e.isFrameworkDefault()
                        || e.has(AnswerTrait.VIEW)) {
                    continue;
                }
                String why = why(e);
                if (why != null && reported.add(e.location().toString())) {
                    context.report(e.location(), op.handler() + " (" + op.operation().describe() + ") answers "
                            + r.code().code() + " " + why + ": clients, caches and retries go by the status and take the"
                            + " failure for a success. Answer the error's own status (4xx for the client's mistakes, 5xx for"
                            + " the server's): throw an exception your handlers map, or build the response with that status");
                }
            }
        }
        for (ErrorMapping m : context.model().errorMappings()) {
            if (m.kind() == ErrorMapping.Kind.EXCEPTION_MAPPER) {
                continue; // a JAX-RS mapper's success is exception-handler-implicit-200's
            }
            for (Response r : m.responses()) {
                Evidence e = r.evidence();
                if (!r.code().isSuccess() || e.has(AnswerTrait.IMPLICIT_STATUS) || e.has(AnswerTrait.VIEW)) {
                    continue; // an implicit 200 is exception-handler-implicit-200's
                }
                boolean error = e.has(AnswerTrait.ERROR_BODY) || r.declaration().hasBody()
                        || ErrorKind.first(m.handled()).isPresent();
                if (error && reported.add(e.location().toString())) {
                    String right = ErrorKind.first(m.handled()).map(ErrorKind::right).orElse("the error's own status");
                    context.report(e.location(), mappingName(m) + " answers " + r.code().code() + " (" + e.detail()
                            + "): an error answered with a success status, which clients take for a success. Answer " + right);
                    break; // one finding per mapping, at its first success
                }
            }
        }
    }

    private static String mappingName(ErrorMapping m) {
        return switch (m.kind()) {
            case RESPONSE_STATUS, STATUS_EXCEPTION -> "the exception " + m.name();
            default -> m.name() + ", which handles " + ExceptionHandlerImplicit200.types(m) + ",";
        };
    }

    /** Why the answer is an error, or null when it is not one. */
    private static String why(Evidence e) {
        if (e.has(AnswerTrait.ERROR_BODY)) {
            String problem = e.detail().startsWith("ProblemDetail") || e.detail().startsWith("ErrorResponse")
                    ? "with a Problem Details body (" + e.detail() + "), which describes an error" : null;
            if (problem != null) {
                return problem;
            }
            return "with an error body (" + e.detail() + ")" + (e.has(AnswerTrait.FROM_CATCH_BLOCK) ? " from a catch block" : "");
        }
        if (e.has(AnswerTrait.FROM_CATCH_BLOCK) && e.has(AnswerTrait.CATCH_ALL)) {
            return "from a catch block that catches every exception (" + e.detail() + ")";
        }
        return null;
    }
}
