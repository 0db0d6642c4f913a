package dev.apistatus.rules.handlers;

import dev.apistatus.core.model.AnswerTrait;
import dev.apistatus.core.model.ErrorMapping;
import dev.apistatus.core.model.Evidence;
import dev.apistatus.core.model.Response;
import dev.apistatus.core.rule.Family;
import dev.apistatus.core.rule.Rule;
import dev.apistatus.core.rule.RuleContext;
import dev.apistatus.core.rule.RuleDefinition;
import dev.apistatus.core.rule.Severity;
import dev.apistatus.core.rule.Target;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An exception handler that writes no status answers the error with the framework's default: 200 in Spring for
 * a plain body, 204 in JAX-RS for a mapper returning null. The client reads the error as a success.
 */
@RuleDefinition(
        id = "exception-handler-implicit-200",
        targets = {Target.CODE},
        severity = Severity.ERROR,
        family = Family.HANDLER,
        summary = "An exception handler that answers with a plain body and no status (Spring: 200), or a JAX-RS ExceptionMapper answering null (204) or Response.ok(...)",
        references = {"RFC 9110 §15.3 (2xx: the request was successfully received, understood, and accepted)",
                "Spring Framework reference, Web MVC, Exceptions (@ExceptionHandler return values)",
                "Jakarta RESTful Web Services API, ExceptionMapper.toResponse (returning null results in 204 No Content)"})
public final class ExceptionHandlerImplicit200 implements Rule {

    @Override
    public void check(RuleContext context) {
        for (ErrorMapping m : context.model().errorMappings()) {
            if (m.kind() == ErrorMapping.Kind.EXCEPTION_HANDLER) {
                spring(m).ifPresent(r -> context.report(r.evidence().location(), springMessage(m, r)));
            } else if (m.kind() == ErrorMapping.Kind.EXCEPTION_MAPPER) {
                for (Response r : m.responses()) {
                    if (r.code().isSuccess()) {
                        context.report(r.evidence().location(), mapperMessage(m, r));
                    }
                }
            }
        }
    }

    /**
     * The answer to report of a Spring handler: a success whose status nobody wrote, with a body or a null,
     * not a view; the one at the handler's name first (the plain body), else the first.
     */
    private static Optional<Response> spring(ErrorMapping m) {
        List<Response> implicit = m.responses().stream().filter(r -> r.code().isSuccess())
                .filter(r -> r.evidence().has(AnswerTrait.IMPLICIT_STATUS) && !r.evidence().has(AnswerTrait.VIEW))
                .filter(r -> r.declaration().hasBody() || r.evidence().has(AnswerTrait.RETURNS_NULL))
                .sorted(Comparator.comparing((Response r) -> !r.evidence().location().equals(m.location()))
                        .thenComparing(r -> r.evidence().location()))
                .toList();
        return implicit.stream().findFirst();
    }

    private static String springMessage(ErrorMapping m, Response r) {
        String what = r.evidence().has(AnswerTrait.RETURNS_NULL) && !r.declaration().hasBody()
                ? "returns null without a status" : "returns a plain body without a status";
        return m.name() + " handles " + types(m) + " but " + what + ": Spring answers 200 OK, so clients take the error"
                + " for a success. " + fix(m);
    }

    private static String fix(ErrorMapping m) {
        String status = ErrorKind.first(m.handled()).map(k -> "HttpStatus." + constant(k)).orElse("HttpStatus.<the error's status>");
        return "Add @ResponseStatus(" + status + "), or return a ProblemDetail (ProblemDetail.forStatusAndDetail(" + status
                + ", ...)) or a ResponseEntity with the status";
    }

    private static String constant(ErrorKind k) {
        return switch (k) {
            case AUTHENTICATION -> "UNAUTHORIZED";
            case NOT_FOUND -> "NOT_FOUND";
            case VALIDATION -> "BAD_REQUEST";
            case CONFLICT -> "CONFLICT";
            case CATCH_ALL -> "INTERNAL_SERVER_ERROR";
        };
    }

    private static String mapperMessage(ErrorMapping m, Response r) {
        Evidence e = r.evidence();
        String what = e.has(AnswerTrait.RETURNS_NULL) ? "returns null, which JAX-RS answers 204 No Content"
                : "answers " + r.code().code() + " (" + e.detail() + ")";
        String right = ErrorKind.first(m.handled()).map(ErrorKind::right).orElse("the error's status");
        return m.name() + " maps " + types(m) + " but " + what + ": clients take the error for a success. Return"
                + " Response.status(...) with " + right;
    }

    static String types(ErrorMapping m) {
        return m.handled().isEmpty() ? "exceptions"
                : m.handled().stream().map(ErrorMapping.HandledType::name).collect(Collectors.joining(", "));
    }
}
