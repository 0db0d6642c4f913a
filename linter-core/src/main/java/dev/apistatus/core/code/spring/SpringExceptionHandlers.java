package dev.apistatus.core.code.spring;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import dev.apistatus.core.code.Annotations;
import dev.apistatus.core.code.Answer;
import dev.apistatus.core.code.Expressions;
import dev.apistatus.core.code.JavaProject;
import dev.apistatus.core.code.Thrown;
import dev.apistatus.core.code.TypeHierarchy;
import dev.apistatus.core.model.Evidence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Where a Spring exception ends: the {@code @ExceptionHandler} that answers it (in the controller, then in the
 * applicable {@code @ControllerAdvice}), else {@code @ResponseStatus} on the exception class, else the status a
 * {@code ResponseStatusException}/{@code ErrorResponseException} carries, else Spring's own default for its
 * exceptions, else 500.
 */
final class SpringExceptionHandlers {

    /** Spring's DefaultHandlerExceptionResolver and ResponseEntityExceptionHandler statuses (Spring 6). */
    static final Map<String, Integer> SPRING_DEFAULTS = Map.ofEntries(
            Map.entry("HttpRequestMethodNotSupportedException", 405),
            Map.entry("HttpMediaTypeNotSupportedException", 415),
            Map.entry("HttpMediaTypeNotAcceptableException", 406),
            Map.entry("MissingPathVariableException", 500),
            Map.entry("MissingServletRequestParameterException", 400),
            Map.entry("MissingServletRequestPartException", 400),
            Map.entry("ServletRequestBindingException", 400),
            Map.entry("MissingRequestHeaderException", 400),
            Map.entry("MethodArgumentNotValidException", 400),
            Map.entry("HandlerMethodValidationException", 400),
            Map.entry("NoHandlerFoundException", 404),
            Map.entry("NoResourceFoundException", 404),
            Map.entry("AsyncRequestTimeoutException", 503),
            Map.entry("ConversionNotSupportedException", 500),
            Map.entry("TypeMismatchException", 400),
            Map.entry("MethodArgumentTypeMismatchException", 400),
            Map.entry("HttpMessageNotReadableException", 400),
            Map.entry("HttpMessageNotWritableException", 500),
            Map.entry("BindException", 400),
            Map.entry("WebExchangeBindException", 400),
            Map.entry("ServerWebInputException", 400),
            Map.entry("UnsupportedMediaTypeStatusException", 415),
            Map.entry("NotAcceptableStatusException", 406),
            Map.entry("MethodNotAllowedException", 405),
            Map.entry("MaxUploadSizeExceededException", 413),
            Map.entry("AccessDeniedException", 403),
            Map.entry("AuthenticationException", 401));

    /** One {@code @ExceptionHandler} method and the exception types it declares. */
    record Handler(MethodDeclaration method, List<String> types, TypeDeclaration<?> owner, List<Answer> answers) {
        String name() {
            return owner.getNameAsString() + "." + method.getNameAsString();
        }
    }

    /** A {@code @ControllerAdvice} and the controllers it applies to. */
    record Advice(ClassOrInterfaceDeclaration type, List<String> basePackages, List<String> assignableTypes,
                  List<String> annotations, int order, List<Handler> handlers, boolean extendsResponseEntityExceptionHandler) {
    }

    /** Where an exception ends. */
    record Resolution(List<Answer> answers, boolean unknown) {
    }

    private final JavaProject project;
    private final Expressions expressions;
    private final TypeHierarchy types;
    private final SpringAnswers answers;
    private final List<Advice> advices = new ArrayList<>();

    SpringExceptionHandlers(JavaProject project, Expressions expressions, TypeHierarchy types, SpringAnswers answers) {
        this.project = project;
        this.expressions = expressions;
        this.types = types;
        this.answers = answers;
        for (CompilationUnit unit : project.entryPoints()) {
            for (ClassOrInterfaceDeclaration c : unit.findAll(ClassOrInterfaceDeclaration.class)) {
                Optional<AnnotationExpr> a = Annotations.find(c, "ControllerAdvice", "RestControllerAdvice");
                if (a.isPresent()) {
                    advices.add(advice(c, a.get()));
                }
            }
        }
        advices.sort(Comparator.comparingInt(Advice::order));
    }

    List<Advice> advices() {
        return advices;
    }

    private Advice advice(ClassOrInterfaceDeclaration c, AnnotationExpr a) {
        List<String> packages = new ArrayList<>();
        for (Expression e : Annotations.values(a, "basePackages", "value")) {
            expressions.string(e).ifPresent(packages::add);
        }
        for (Expression e : Annotations.values(a, "basePackageClasses")) {
            if (e instanceof ClassExpr ce) {
                project.type(ce.getType().asString(), c).flatMap(t -> t.findCompilationUnit())
                        .flatMap(CompilationUnit::getPackageDeclaration).ifPresent(p -> packages.add(p.getNameAsString()));
            }
        }
        List<String> assignable = Annotations.values(a, "assignableTypes").stream()
                .filter(e -> e instanceof ClassExpr).map(e -> TypeHierarchy.simple(((ClassExpr) e).getType().asString())).toList();
        List<String> annotations = Annotations.values(a, "annotations").stream()
                .filter(e -> e instanceof ClassExpr).map(e -> TypeHierarchy.simple(((ClassExpr) e).getType().asString())).toList();
        int order = Annotations.find(c, "Order").flatMap(o -> Annotations.attribute(o, "value"))
                .flatMap(v -> {
                    String t = v.toString();
                    if (t.contains("HIGHEST_PRECEDENCE")) {
                        return Optional.of(Integer.MIN_VALUE);
                    }
                    if (t.contains("LOWEST_PRECEDENCE")) {
                        return Optional.of(Integer.MAX_VALUE);
                    }
                    OptionalInt i = expressions.status(v);
                    return i.isPresent() ? Optional.of(i.getAsInt()) : Optional.empty();
                }).orElse(Integer.MAX_VALUE);
        boolean rehe = c.getExtendedTypes().stream().anyMatch(t -> t.getNameAsString().equals("ResponseEntityExceptionHandler"));
        return new Advice(c, packages, assignable, annotations, order, handlers(c), rehe);
    }

    /** The {@code @ExceptionHandler} methods of a class and its project superclasses. */
    List<Handler> handlers(ClassOrInterfaceDeclaration c) {
        List<Handler> out = new ArrayList<>();
        TypeDeclaration<?> type = c;
        for (int i = 0; i < 5 && type != null; i++) {
            for (MethodDeclaration m : type.getMethods()) {
                Optional<AnnotationExpr> a = Annotations.find(m, "ExceptionHandler");
                if (a.isEmpty()) {
                    continue;
                }
                List<String> handled = new ArrayList<>();
                for (Expression e : Annotations.values(a.get(), "value", "exception")) {
                    if (e instanceof ClassExpr ce) {
                        handled.add(TypeHierarchy.simple(ce.getType().asString()));
                    }
                }
                if (handled.isEmpty()) {
                    m.getParameters().stream().map(p -> TypeHierarchy.simple(p.getType().asString()))
                            .filter(t -> types.chain(t, m).contains("Throwable") || t.endsWith("Exception"))
                            .forEach(handled::add);
                }
                out.add(new Handler(m, handled, c, answers.ofExceptionHandler(m)));
            }
            type = type instanceof ClassOrInterfaceDeclaration cd && !cd.getExtendedTypes().isEmpty()
                    ? project.type(cd.getExtendedTypes().get(0).getNameAsString(), cd).orElse(null) : null;
        }
        return out;
    }

    /** Does this advice apply to the controller? */
    private boolean applies(Advice advice, ClassOrInterfaceDeclaration controller) {
        if (advice.basePackages().isEmpty() && advice.assignableTypes().isEmpty() && advice.annotations().isEmpty()) {
            return true;
        }
        String pkg = controller.findCompilationUnit().flatMap(CompilationUnit::getPackageDeclaration)
                .map(p -> p.getNameAsString()).orElse("");
        for (String base : advice.basePackages()) {
            if (pkg.equals(base) || pkg.startsWith(base + ".")) {
                return true;
            }
        }
        for (String t : advice.assignableTypes()) {
            if (controller.getNameAsString().equals(t) || types.chain(controller.getNameAsString(), controller).contains(t)
                    || controller.getImplementedTypes().stream().anyMatch(i -> i.getNameAsString().equals(t))) {
                return true;
            }
        }
        for (String an : advice.annotations()) {
            if (Annotations.has(controller, an)) {
                return true;
            }
        }
        return false;
    }

    /** Where an exception raised by a handler of {@code controller} ends, with {@code localHandlers} first. */
    Resolution resolve(Thrown thrown, ClassOrInterfaceDeclaration controller, List<Handler> localHandlers,
                       boolean frameworkRaised) {
        List<String> chain = types.chain(thrown.type(), thrown.at());
        Optional<Handler> handler = best(localHandlers, chain);
        if (handler.isEmpty()) {
            for (Advice advice : advices) {
                if (applies(advice, controller)) {
                    handler = best(advice.handlers(), chain);
                    if (handler.isPresent()) {
                        break;
                    }
                }
            }
        }
        String raised = thrown.type() + (thrown.via() != null ? " (from " + thrown.via() + ")" : "");
        Evidence.Kind kind = frameworkRaised ? Evidence.Kind.FRAMEWORK : Evidence.Kind.EXCEPTION;
        if (handler.isPresent()) {
            Handler h = handler.get();
            List<Answer> out = new ArrayList<>();
            for (Answer a : h.answers()) {
                out.add(a.withStatus(a.status(), new Evidence(kind, project.locate(thrown.at()),
                        (frameworkRaised ? "Spring raises " : "throws ") + raised + ", answered by " + h.name()
                                + " (" + (a.isKnown() ? a.status() : "status computed at run time") + ")",
                        a.evidence().answeredAt())));
            }
            return new Resolution(out, h.answers().isEmpty() || h.answers().stream().anyMatch(a -> !a.isKnown()));
        }
        OptionalInt status = statusOf(thrown, chain);
        if (status.isPresent()) {
            return new Resolution(List.of(answer(status.getAsInt(), kind, thrown, raised + " (" + status.getAsInt() + ")")), false);
        }
        if (chain.contains("ResponseStatusException") || chain.contains("ErrorResponseException")) {
            return new Resolution(List.of(answer(-1, kind, thrown, raised + " with a status computed at run time")), true);
        }
        // An exception nobody answers: Spring's 500. When its superclasses are not all visible, a handler for one
        // of them might still catch it: then it is unknown.
        boolean anyHandler = !localHandlers.isEmpty() || advices.stream().anyMatch(a -> !a.handlers().isEmpty());
        boolean unknown = !types.isComplete(chain) && anyHandler;
        return new Resolution(List.of(answer(500, kind, thrown, raised + ", which nothing handles (500)")), unknown);
    }

    private Answer answer(int status, Evidence.Kind kind, Thrown thrown, String detail) {
        return new Answer(status, new Evidence(kind, project.locate(thrown.at()),
                (kind == Evidence.Kind.FRAMEWORK ? "Spring raises " : "throws ") + detail), false, null, Set.of(), false, false);
    }

    /** The handler whose declared type is the closest superclass of the exception. */
    private static Optional<Handler> best(List<Handler> handlers, List<String> chain) {
        Handler best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Handler h : handlers) {
            for (String t : h.types()) {
                int d = chain.indexOf(t);
                if (d >= 0 && d < bestDistance) {
                    best = h;
                    bestDistance = d;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The status an exception carries by itself: {@code @ResponseStatus}, a constructor argument, Spring's default. */
    private OptionalInt statusOf(Thrown thrown, List<String> chain) {
        for (String type : chain) {
            Optional<TypeDeclaration<?>> declared = project.type(type, thrown.at());
            if (declared.isPresent()) {
                Optional<AnnotationExpr> rs = Annotations.find(declared.get(), "ResponseStatus");
                if (rs.isPresent()) {
                    OptionalInt s = Annotations.attribute(rs.get(), "value", "code").map(expressions::status).orElse(OptionalInt.empty());
                    if (s.isPresent()) {
                        return s;
                    }
                }
                // class NotFound extends ResponseStatusException { NotFound() { super(HttpStatus.NOT_FOUND, ...); } }
                for (ExplicitConstructorInvocationStmt sup : declared.get().findAll(ExplicitConstructorInvocationStmt.class)) {
                    if (!sup.isThis() && !sup.getArguments().isEmpty() && (chain.contains("ResponseStatusException") || chain.contains("ErrorResponseException"))) {
                        OptionalInt s = expressions.status(sup.getArgument(0));
                        if (s.isPresent()) {
                            return s;
                        }
                    }
                }
            }
            if ((type.equals("ResponseStatusException") || type.equals("ErrorResponseException")) && thrown.creation() != null
                    && thrown.creation().getType().getNameAsString().equals(type) && !thrown.creation().getArguments().isEmpty()) {
                return expressions.status(thrown.creation().getArgument(0));
            }
            Integer spring = SPRING_DEFAULTS.get(type);
            if (spring != null && !type.equals("AccessDeniedException") && !type.equals("AuthenticationException")) {
                return OptionalInt.of(spring);
            }
        }
        return OptionalInt.empty();
    }

    static boolean isCreation(ObjectCreationExpr e, String type) {
        return e.getType().getNameAsString().equals(type);
    }
}
