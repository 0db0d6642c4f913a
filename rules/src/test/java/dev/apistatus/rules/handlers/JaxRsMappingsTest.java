package dev.apistatus.rules.handlers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apistatus.core.model.AnswerTrait;
import dev.apistatus.core.model.ApiModel;
import dev.apistatus.core.model.CodeOperation;
import dev.apistatus.core.model.ErrorMapping;
import dev.apistatus.core.model.Evidence;
import dev.apistatus.core.model.Response;
import dev.apistatus.core.model.ResponseCode;
import dev.apistatus.core.model.ResponseDeclaration;
import dev.apistatus.core.model.SourceLocation;
import dev.apistatus.core.rule.Rule;
import dev.apistatus.core.rule.RuleContext;
import dev.apistatus.core.rule.RuleOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The handler rules over JAX-RS exception mappers, as the JAX-RS reader is to record them in the model
 * ({@link ErrorMapping.Kind#EXCEPTION_MAPPER}): built by hand here, since that reader is written elsewhere.
 */
class JaxRsMappingsTest {

    private static final String FILE = "src/main/java/x/Mappers.java";

    private static Response answer(int status, int line, Evidence.Kind kind, String detail, Set<AnswerTrait> traits) {
        SourceLocation at = new SourceLocation(FILE, line, 9, null);
        return new Response(ResponseCode.of(status), at, new ResponseDeclaration(detail, List.of(), List.of(), at, null),
                new Evidence(kind, at, detail, traits));
    }

    private static ErrorMapping mapper(String name, String type, List<String> supertypes, int line, Response... responses) {
        return new ErrorMapping(ErrorMapping.Kind.EXCEPTION_MAPPER, name, "jax-rs",
                List.of(new ErrorMapping.HandledType(type, supertypes)), List.of(responses), List.<CodeOperation.Unknown>of(),
                new SourceLocation(FILE, line, 5, null));
    }

    private static final ApiModel MODEL = new ApiModel(List.of(), List.of(), List.of(
            mapper("NullMapper.toResponse", "OrderNotFoundException", List.of("RuntimeException", "Exception", "Throwable"), 10,
                    answer(204, 12, Evidence.Kind.RETURN, "returns null", Set.of(AnswerTrait.RETURNS_NULL, AnswerTrait.IMPLICIT_STATUS))),
            mapper("OkMapper.toResponse", "IllegalStateException", List.of("RuntimeException", "Exception", "Throwable"), 20,
                    answer(200, 22, Evidence.Kind.BUILDER, "Response.ok(...)", Set.of(AnswerTrait.ERROR_BODY))),
            mapper("MissingMapper.toResponse", "NotFoundException", List.of("ClientErrorException", "WebApplicationException"), 30,
                    answer(400, 32, Evidence.Kind.BUILDER, "Response.status(BAD_REQUEST)", Set.of())),
            mapper("GoodMapper.toResponse", "NotFoundException", List.of("ClientErrorException"), 40,
                    answer(404, 42, Evidence.Kind.BUILDER, "Response.status(NOT_FOUND)", Set.of()))));

    private static List<String> run(Rule rule) {
        List<String> out = new ArrayList<>();
        rule.check(new RuleContext() {
            @Override
            public ApiModel model() {
                return MODEL;
            }

            @Override
            public RuleOptions options() {
                return RuleOptions.NONE;
            }

            @Override
            public void report(SourceLocation location, String message) {
                out.add(location.line() + " " + message);
            }

            @Override
            public void report(SourceLocation location, String message, List<SourceLocation> related) {
                report(location, message);
            }
        });
        return out;
    }

    @Test
    void aMapperAnsweringNullOrOkIsAnImplicitSuccess() {
        assertThat(run(new ExceptionHandlerImplicit200())).containsExactly(
                "12 NullMapper.toResponse maps OrderNotFoundException but returns null, which JAX-RS answers 204 No Content:"
                        + " clients take the error for a success. Return Response.status(...) with 404 Not Found",
                "22 OkMapper.toResponse maps IllegalStateException but answers 200 (Response.ok(...)): clients take the error"
                        + " for a success. Return Response.status(...) with the error's status");
    }

    @Test
    void aMapperSuccessIsNotReportedTwice() {
        assertThat(run(new ErrorWithSuccessStatus())).isEmpty();
    }

    @Test
    void aNotFoundMapperAnswering400IsImprecise() {
        assertThat(run(new ImpreciseErrorMapping())).containsExactly(
                "32 NotFoundException is answered 400 Bad Request by MissingMapper.toResponse, but a missing resource is"
                        + " 404 Not Found (RFC 9110 §15.5.5): a 400 tells the client its request is malformed when it is not."
                        + " Answer 404 Not Found");
    }
}
