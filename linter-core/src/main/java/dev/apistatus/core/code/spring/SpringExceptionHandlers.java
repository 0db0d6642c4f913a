package dev.apistatus.core.code.spring;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.type.Type;
import dev.apistatus.core.code.Annotations;
import dev.apistatus.core.code.Answer;
import dev.apistatus.core.code.Expressions;
import dev.apistatus.core.code.JavaProject;
import dev.apistatus.core.code.OperationAssembler;
import dev.apistatus.core.code.Thrown;
import dev.apistatus.core.code.TypeHierarchy;
import dev.apistatus.core.model.AnswerTrait;
import dev.apistatus.core.model.CodeOperation;
import dev.apistatus.core.model.ErrorMapping;
import dev.apistatus.core.model.Evidence;
import dev.apistatus.core.model.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.IdentityHashMap;
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

    /**
     * The hooks of Spring's {@code ResponseEntityExceptionHandler} (MVC and WebFlux) and the exception each
     * answers: an advice that extends it and overrides one decides that exception's status there.
     */
    static final Map<String, String> HOOKS = Map.ofEntries(
            Map.entry("handleHttpRequestMethodNotSupported", "HttpRequestMethodNotSupportedException"),
            Map.entry("handleHttpMediaTypeNotSupported", "HttpMediaTypeNotSupportedException"),
            Map.entry("handleHttpMediaTypeNotAcceptable", "HttpMediaTypeNotAcceptableException"),
            Map.entry("handleMissingPathVariable", "MissingPathVariableException"),
            Map.entry("handleMissingServletRequestParameter", "MissingServletRequestParameterException"),
            Map.entry("handleMissingServletRequestPart", "MissingServletRequestPartException"),
            Map.entry("handleServletRequestBindingException", "ServletRequestBindingException"),
            Map.entry("handleMethodArgumentNotValid", "MethodArgumentNotValidException"),
            Map.entry("handleHandlerMethodValidationException", "HandlerMethodValidationException"),
            Map.entry("handleNoHandlerFoundException", "NoHandlerFoundException"),
            Map.entry("handleNoResourceFoundException", "NoResourceFoundException"),
            Map.entry("handleAsyncRequestTimeoutException", "AsyncRequestTimeoutException"),
            Map.entry("handleErrorResponseException", "ErrorResponseException"),
            Map.entry("handleMaxUploadSizeExceededException", "MaxUploadSizeExceededException"),
            Map.entry("handleConversionNotSupported", "ConversionNotSupportedException"),
            Map.entry("handleTypeMismatch", "TypeMismatchException"),
            Map.entry("handleHttpMessageNotReadable", "HttpMessageNotReadableException"),
            Map.entry("handleHttpMessageNotWritable", "HttpMessageNotWritableException"),
            Map.entry("handleMethodValidationException", "MethodValidationException"),
            Map.entry("handleBindException", "BindException"),
            Map.entry("handleWebExchangeBindException", "WebExchangeBindException"),
            Map.entry("handleServerWebInputException", "ServerWebInputException"),
            Map.entry("handleUnsupportedMediaTypeStatusException", "UnsupportedMediaTypeStatusException"),
            Map.entry("handleNotAcceptableStatusException", "NotAcceptableStatusException"),
            Map.entry("handleMethodNotAllowedException", "MethodNotAllowedException"),
            Map.entry("handleResponseStatusException", "ResponseStatusException"));

    /** Return types that render a view rather than write a body. */
    private static final Set<String> VIEW_TYPES = Set.of("ModelAndView", "View", "RedirectView", "Rendering");

    /**
     * One {@code @ExceptionHandler} method (or an overridden {@code ResponseEntityExceptionHandler} hook) and the
     * exception types it declares.
     *
     * @param unknowns the places its status could not be read
     * @param hook     an override of a {@code ResponseEntityExceptionHandler} hook rather than an {@code @ExceptionHandler}
     */
    record Handler(MethodDeclaration method, List<String> types, TypeDeclaration<?> owner, List<Answer> answers,
                   List<Node> unknowns, boolean hook) {
        String name() {
            return owner.getNameAsString() + "." + method.getNameAsString();
        }

        boolean complete() {
            return unknowns.isEmpty() && !answers.isEmpty() && answers.stream().allMatch(Answer::isKnown);
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
    /** Every handler read, once each, in reading order. */
    private final Map<MethodDeclaration, Handler> seen = new IdentityHashMap<>();
    private final List<Handler> seenOrder = new ArrayList<>();
    /** Exception classes that carry their own status, once each. */
    private final Map<TypeDeclaration<?>, Boolean> statusExceptions = new IdentityHashMap<>();
    /** Each advice's handlers by the exception types they declare, built on first use (by identity: see Node#equals). */
    private final Map<Advice, Map<String, Handler>> firstByType = new IdentityHashMap<>();
    private final List<TypeDeclaration<?>> statusExceptionOrder = new ArrayList<>();

    SpringExceptionHandlers(JavaProject project, Expressions expressions, TypeHierarchy types, SpringAnswers answers) {
        this.project = project;
        this.expressions = expressions;
        this.types = types;
        this.answers = answers;
        for (CompilationUnit unit : project.entryPoints()) {
            for (ClassOrInterfaceDeclaration c : project.classes(unit)) {
                Optional<AnnotationExpr> a = Annotations.find(c, "ControllerAdvice", "RestControllerAdvice");
                if (a.isPresent()) {
                    advices.add(advice(c, a.get()));
                }
            }
        }
        advices.sort(Comparator.comparingInt(Advice::order));
        for (CompilationUnit unit : project.entryPoints()) {
            for (ClassOrInterfaceDeclaration c : project.classes(unit)) {
                if (!c.isInterface() && carriesStatus(c)) {
                    noteStatusException(c);
                }
            }
        }
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

    /** The {@code @ExceptionHandler} methods of a class and its project superclasses (and overridden hooks). */
    List<Handler> handlers(ClassOrInterfaceDeclaration c) {
        List<Handler> out = new ArrayList<>();
        boolean rest = Annotations.has(c, "RestControllerAdvice", "RestController", "ResponseBody");
        boolean hooks = extendsResponseEntityExceptionHandler(c);
        TypeDeclaration<?> type = c;
        for (int i = 0; i < 5 && type != null; i++) {
            for (MethodDeclaration m : type.getMethods()) {
                Optional<AnnotationExpr> a = Annotations.find(m, "ExceptionHandler");
                boolean hook = a.isEmpty() && hooks && HOOKS.containsKey(m.getNameAsString()) && !m.isStatic();
                if (a.isEmpty() && !hook) {
                    continue;
                }
                Handler known = seen.get(m);
                if (known != null) {
                    out.add(new Handler(m, known.types(), c, known.answers(), known.unknowns(), known.hook()));
                    continue;
                }
                List<String> handled = new ArrayList<>();
                if (hook) {
                    handled.add(HOOKS.get(m.getNameAsString()));
                } else {
                    for (Expression e : Annotations.values(a.get(), "value", "exception")) {
                        if (e instanceof ClassExpr ce) {
                            handled.add(TypeHierarchy.simple(ce.getType().asString()));
                        }
                    }
                }
                if (handled.isEmpty()) {
                    m.getParameters().stream().map(p -> TypeHierarchy.simple(p.getType().asString()))
                            .filter(t -> types.chain(t, m).contains("Throwable") || t.endsWith("Exception"))
                            .forEach(handled::add);
                }
                TypeDeclaration<?> statusHolder = Annotations.has(c, "ResponseStatus") ? c : type;
                SpringAnswers.Result read = answers.ofExceptionHandler(m, statusHolder);
                List<Answer> found = read.answers();
                if (isView(m, rest || Annotations.has(type, "ResponseBody"))) {
                    found = found.stream().map(x -> x.with(Set.of(AnswerTrait.VIEW))).toList();
                }
                Handler h = new Handler(m, handled, c, found, read.unknowns(), hook);
                seen.put(m, h);
                seenOrder.add(h);
                out.add(h);
            }
            type = type instanceof ClassOrInterfaceDeclaration cd && !cd.getExtendedTypes().isEmpty()
                    ? project.type(cd.getExtendedTypes().get(0).getNameAsString(), cd).orElse(null) : null;
        }
        return out;
    }

    /** A handler that renders a view: {@code ModelAndView}, or a template name outside a REST advice. */
    private static boolean isView(MethodDeclaration m, boolean restOwner) {
        Type t = SpringAnswers.unwrap(m.getType());
        String name = t.isClassOrInterfaceType() ? t.asClassOrInterfaceType().getNameAsString() : t.asString();
        if (VIEW_TYPES.contains(name)) {
            return true;
        }
        return !restOwner && !Annotations.has(m, "ResponseBody") && name.equals("String");
    }

    private boolean extendsResponseEntityExceptionHandler(ClassOrInterfaceDeclaration c) {
        TypeDeclaration<?> type = c;
        for (int i = 0; i < 5 && type instanceof ClassOrInterfaceDeclaration cd && !cd.getExtendedTypes().isEmpty(); i++) {
            String parent = cd.getExtendedTypes().get(0).getNameAsString();
            if (TypeHierarchy.simple(parent).equals("ResponseEntityExceptionHandler")) {
                return true;
            }
            type = project.type(parent, cd).orElse(null);
        }
        return false;
    }

    /** An exception class with its own status: {@code @ResponseStatus}, or {@code super(HttpStatus.X)} to a status exception. */
    private boolean carriesStatus(ClassOrInterfaceDeclaration c) {
        if (Annotations.has(c, "ResponseStatus")) {
            List<String> chain = types.chain(c.getNameAsString(), c);
            return chain.contains("Throwable") || c.getNameAsString().endsWith("Exception");
        }
        if (c.getExtendedTypes().isEmpty()) {
            return false;
        }
        List<String> chain = types.chain(c.getNameAsString(), c);
        return (chain.contains("ResponseStatusException") || chain.contains("ErrorResponseException"))
                && !c.findAll(ExplicitConstructorInvocationStmt.class, x -> !x.isThis() && !x.getArguments().isEmpty()).isEmpty();
    }

    private void noteStatusException(TypeDeclaration<?> t) {
        if (statusExceptions.put(t, Boolean.TRUE) == null) {
            statusExceptionOrder.add(t);
        }
    }

    /**
     * Every place the project maps exceptions to statuses that this reader saw: the {@code @ExceptionHandler}
     * methods of advices and controllers, overridden {@code ResponseEntityExceptionHandler} hooks, and exception
     * classes with their own status.
     */
    List<ErrorMapping> mappings() {
        List<ErrorMapping> out = new ArrayList<>();
        for (Handler h : seenOrder) {
            TypeDeclaration<?> declaring = h.owner();
            Optional<TypeDeclaration> enclosing = h.method().findAncestor(TypeDeclaration.class);
            if (enclosing.isPresent()) {
                declaring = enclosing.get();
            }
            List<ErrorMapping.HandledType> handled = h.types().stream().map(t -> handledType(t, h.method())).toList();
            List<Response> responses = new ArrayList<>();
            List<CodeOperation.Unknown> unknowns = new ArrayList<>();
            for (Answer a : h.answers()) {
                if (a.isKnown()) {
                    responses.add(OperationAssembler.response(project, a, List.of()));
                } else {
                    unknowns.add(new CodeOperation.Unknown(a.evidence().location(), "a status computed at run time"));
                }
            }
            for (Node n : h.unknowns()) {
                unknowns.add(new CodeOperation.Unknown(project.locate(n), "a status computed at run time"));
            }
            if (h.answers().isEmpty() && h.unknowns().isEmpty()) {
                unknowns.add(new CodeOperation.Unknown(project.locate(h.method().getName()), "no answer could be read"));
            }
            out.add(new ErrorMapping(h.hook() ? ErrorMapping.Kind.HANDLER_HOOK : ErrorMapping.Kind.EXCEPTION_HANDLER,
                    declaring.getNameAsString() + "." + h.method().getNameAsString(), framework(declaring), handled,
                    responses, unknowns, project.locate(h.method().getName())));
        }
        for (TypeDeclaration<?> t : statusExceptionOrder) {
            out.add(statusExceptionMapping(t));
        }
        return out;
    }

    private ErrorMapping.HandledType handledType(String type, Node context) {
        List<String> chain = types.chain(type, context);
        return new ErrorMapping.HandledType(type, chain.isEmpty() ? List.of() : chain.subList(1, chain.size()));
    }

    private static String framework(TypeDeclaration<?> t) {
        return t instanceof ClassOrInterfaceDeclaration c && SpringReader.isWebFlux(c) ? "spring-webflux" : "spring-mvc";
    }

    private ErrorMapping statusExceptionMapping(TypeDeclaration<?> t) {
        List<Response> responses = new ArrayList<>();
        List<CodeOperation.Unknown> unknowns = new ArrayList<>();
        Optional<AnnotationExpr> rs = Annotations.find(t, "ResponseStatus");
        ErrorMapping.Kind kind;
        if (rs.isPresent()) {
            kind = ErrorMapping.Kind.RESPONSE_STATUS;
            OptionalInt s = Annotations.attribute(rs.get(), "value", "code").map(expressions::status).orElse(OptionalInt.empty());
            if (s.isPresent()) {
                responses.add(OperationAssembler.response(project, new Answer(s.getAsInt(), new Evidence(Evidence.Kind.ANNOTATION,
                        project.locate(rs.get()), "@ResponseStatus(" + s.getAsInt() + ") on " + t.getNameAsString()),
                        false, null, Set.of(), false, false), List.of()));
            } else {
                unknowns.add(new CodeOperation.Unknown(project.locate(rs.get()), "a status that cannot be read"));
            }
        } else {
            kind = ErrorMapping.Kind.STATUS_EXCEPTION;
            for (ExplicitConstructorInvocationStmt sup : t.findAll(ExplicitConstructorInvocationStmt.class, x -> !x.isThis())) {
                if (sup.getArguments().isEmpty()) {
                    continue;
                }
                OptionalInt s = expressions.status(sup.getArgument(0));
                if (s.isPresent()) {
                    responses.add(OperationAssembler.response(project, new Answer(s.getAsInt(), new Evidence(Evidence.Kind.EXCEPTION,
                            project.locate(sup.getArgument(0)), t.getNameAsString() + " passes " + s.getAsInt() + " to "
                            + "its superclass"), false, null, Set.of(), false, false), List.of()));
                } else {
                    unknowns.add(new CodeOperation.Unknown(project.locate(sup), "a status passed in at run time"));
                }
            }
        }
        return new ErrorMapping(kind, t.getNameAsString(), framework(t), List.of(handledType(t.getNameAsString(), t)),
                responses, unknowns, project.locate(t.getName()));
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
        Set<AnswerTrait> placement = frameworkRaised ? Set.of() : answers.facts().placement(thrown.at());
        Optional<Handler> handler = best(localHandlers, chain);
        if (handler.isEmpty()) {
            for (Advice advice : advices) {
                if (applies(advice, controller)) {
                    handler = best(firstByType.computeIfAbsent(advice, a -> firstByType(a.handlers())), chain);
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
            boolean unknown = h.answers().isEmpty() || !h.unknowns().isEmpty();
            for (Answer a : h.answers()) {
                int status = a.status();
                String how = a.isKnown() ? String.valueOf(status) : "status computed at run time";
                Set<AnswerTrait> traits = placement;
                if (a.passesExceptionStatus()) {
                    // the handler answers with the exception's own status: the throw decides it
                    OptionalInt own = statusOf(thrown, chain);
                    status = own.orElse(-1);
                    how = own.isPresent() ? "the exception's own " + status : "the exception's own status, computed at run time";
                    traits = EnumSet.of(AnswerTrait.STATUS_FROM_EXCEPTION);
                    traits.addAll(placement);
                }
                unknown |= status <= 0;
                out.add(a.withStatus(status, new Evidence(kind, project.locate(thrown.at()),
                        (frameworkRaised ? "Spring raises " : "throws ") + raised + ", answered by " + h.name()
                                + " (" + how + ")", a.evidence().answeredAt(), traits)));
            }
            return new Resolution(out, unknown);
        }
        OptionalInt status = statusOf(thrown, chain);
        if (status.isPresent()) {
            return new Resolution(List.of(answer(status.getAsInt(), kind, thrown, raised + " (" + status.getAsInt() + ")").with(placement)), false);
        }
        if (chain.contains("ResponseStatusException") || chain.contains("ErrorResponseException")) {
            return new Resolution(List.of(answer(-1, kind, thrown, raised + " with a status computed at run time")), true);
        }
        // An exception nobody answers: Spring's 500. When its superclasses are not all visible, a handler for one
        // of them might still catch it: then it is unknown.
        boolean anyHandler = !localHandlers.isEmpty() || advices.stream().anyMatch(a -> !a.handlers().isEmpty());
        boolean unknown = !types.isComplete(chain) && anyHandler;
        return new Resolution(List.of(answer(500, kind, thrown, raised + ", which nothing handles (500)").with(placement)), unknown);
    }

    private Answer answer(int status, Evidence.Kind kind, Thrown thrown, String detail) {
        return new Answer(status, new Evidence(kind, project.locate(thrown.at()),
                (kind == Evidence.Kind.FRAMEWORK ? "Spring raises " : "throws ") + detail), false, null, Set.of(), false, false);
    }

    /**
     * {@link #best(List, List)} for an advice's handlers, from an index: the advices of a large service hold hundreds of
     * handlers, and every exception thrown by every handler is looked for in them.
     */
    private static Optional<Handler> best(Map<String, Handler> firstByType, List<String> chain) {
        for (String t : chain) {
            Handler h = firstByType.get(t);
            if (h != null) {
                return Optional.of(h);
            }
        }
        return Optional.empty();
    }

    /** For each exception type, the first of the handlers that declares it (those {@link #best} skips left out). */
    private static Map<String, Handler> firstByType(List<Handler> handlers) {
        Map<String, Handler> out = new java.util.HashMap<>();
        for (Handler h : handlers) {
            if (!(h.hook() && !h.complete())) {
                h.types().forEach(t -> out.putIfAbsent(t, h));
            }
        }
        return out;
    }

    /** The handler whose declared type is the closest superclass of the exception. */
    private static Optional<Handler> best(List<Handler> handlers, List<String> chain) {
        Handler best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Handler h : handlers) {
            if (h.hook() && !h.complete()) {
                continue; // an override that passes Spring's status on (or computes one): Spring's default stands
            }
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
            if (declared.isPresent() && declared.get() instanceof ClassOrInterfaceDeclaration cd && !cd.isInterface() && carriesStatus(cd)) {
                noteStatusException(cd);
            }
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
