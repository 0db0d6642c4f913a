package dev.apistatus.core.code;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.AnnotationExpr;
import dev.apistatus.core.model.CodeOperation;
import dev.apistatus.core.model.Header;
import dev.apistatus.core.model.HttpMethod;
import dev.apistatus.core.model.MediaContent;
import dev.apistatus.core.model.Operation;
import dev.apistatus.core.model.RequestBody;
import dev.apistatus.core.model.Response;
import dev.apistatus.core.model.ResponseCode;
import dev.apistatus.core.model.ResponseDeclaration;
import dev.apistatus.core.model.SourceLocation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Collects a handler's answers and builds its {@link CodeOperation}s, the same for every framework. */
public final class OperationAssembler {

    private static final Map<String, String> PARAMETER_ANNOTATIONS = Map.of(
            "PathVariable", "path", "RequestParam", "query", "RequestHeader", "header", "CookieValue", "cookie",
            "PathParam", "path", "QueryParam", "query", "HeaderParam", "header", "CookieParam", "cookie", "RestPath", "path");

    private final JavaProject project;
    private final List<String> produces;
    private final Map<String, Answer> answers = new LinkedHashMap<>();
    private final List<CodeOperation.Unknown> unknowns = new ArrayList<>();

    public OperationAssembler(JavaProject project, List<String> produces) {
        this.project = project;
        this.produces = produces;
    }

    /**
     * Adds a known answer, once per status, place and builder: a framework default and an exception handler's answer
     * to another framework exception both stand at the handler's name, and both count.
     */
    public void add(Answer a) {
        if (a.isKnown()) {
            answers.putIfAbsent(a.status() + "@" + a.evidence().location() + "@" + a.evidence().answeredAt(), a);
        }
    }

    public void addAll(List<Answer> list) {
        list.forEach(this::add);
    }

    public void unknown(Node at, String what) {
        unknowns.add(new CodeOperation.Unknown(project.locate(at), what));
    }

    public CodeOperation build(HttpMethod method, String path, MethodDeclaration handler, List<Parameter> parameters,
                               String framework, String handlerName, List<String> consumes) {
        List<Response> responses = new ArrayList<>();
        for (Answer a : answers.values()) {
            responses.add(response(project, a, produces));
        }
        responses.sort(Comparator.comparingInt((Response r) -> r.code().code()).thenComparing(Response::location));
        List<dev.apistatus.core.model.Parameter> params = new ArrayList<>();
        RequestBody body = null;
        for (Parameter p : parameters) {
            for (AnnotationExpr a : p.getAnnotations()) {
                String in = PARAMETER_ANNOTATIONS.get(a.getName().getIdentifier());
                if (in != null) {
                    String name = Annotations.attribute(a, "value", "name").map(v -> v.toString().replace("\"", ""))
                            .filter(s -> !s.isEmpty()).orElse(p.getNameAsString());
                    boolean required = in.equals("path") || Annotations.attribute(a, "required")
                            .map(v -> !v.toString().equals("false")).orElse(in.equals("query") && a.getName().getIdentifier().equals("RequestParam"));
                    params.add(new dev.apistatus.core.model.Parameter(name, in, required, project.locate(p)));
                }
                if (a.getName().getIdentifier().equals("RequestBody")) {
                    body = new RequestBody(true, List.of(), project.locate(p));
                }
            }
        }
        Operation operation = new Operation(method, path, handler.getNameAsString(), params, body, List.of(), responses,
                project.locate(handler.getName()));
        return new CodeOperation(operation, framework, handlerName, unknowns, consumes, produces);
    }

    /**
     * The model's view of one known answer: its status, body media type (Problem Details, else the first
     * produced type, else JSON), headers and evidence, all located at the evidence.
     */
    /** The model's response for an answer: its body (with the body's Java type as its shape) and headers. */
    public static Response response(JavaProject project, Answer a, List<String> produces) {
        SourceLocation at = a.evidence().location();
        SourceLocation built = a.evidence().answeredAt();
        List<MediaContent> content = a.body()
                ? List.of(new MediaContent(a.problem() ? "application/problem+json" : produces.isEmpty()
                ? "application/json" : produces.get(0), shape(project, a, built), built))
                : List.of();
        List<Header> headers = a.headers().stream().sorted().map(h -> new Header(h, built)).toList();
        return new Response(ResponseCode.of(a.status()), at, ResponseDeclaration.built(a.evidence().detail(),
                content, headers, built, !a.headersUnknown()), a.evidence());
    }

    /** The body's shape from its Java type, its problem status and the internals it exposes; null when nothing is known. */
    private static JavaTypeShape shape(JavaProject project, Answer a, SourceLocation built) {
        if (a.bodyType() == null && a.problemStatus() < 0 && a.exposes() == null) {
            return null;
        }
        String type = a.bodyType() != null ? a.bodyType() : a.problemStatus() > 0 ? "ProblemDetail" : "Object";
        return new JavaTypeShape(project, type, null, built, null, a.problemStatus()).exposing(a.exposes());
    }

    public Optional<Answer> first() {
        return answers.values().stream().findFirst();
    }
}
