package dev.apistatus.core.code;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Superclass chains of exception types: the project's own from their declarations, the libraries' from a table
 * of the exceptions handlers commonly meet (JDK, Spring, JAX-RS, Bean Validation, JPA).
 */
public final class TypeHierarchy {

    /** Library exceptions and their superclass (simple names). */
    private static final Map<String, String> LIBRARY = Map.ofEntries(
            Map.entry("Throwable", ""),
            Map.entry("Exception", "Throwable"),
            Map.entry("Error", "Throwable"),
            Map.entry("RuntimeException", "Exception"),
            Map.entry("IOException", "Exception"),
            Map.entry("UncheckedIOException", "RuntimeException"),
            Map.entry("IllegalArgumentException", "RuntimeException"),
            Map.entry("IllegalStateException", "RuntimeException"),
            Map.entry("NumberFormatException", "IllegalArgumentException"),
            Map.entry("NullPointerException", "RuntimeException"),
            Map.entry("UnsupportedOperationException", "RuntimeException"),
            Map.entry("NoSuchElementException", "RuntimeException"),
            Map.entry("SecurityException", "RuntimeException"),
            Map.entry("DateTimeParseException", "RuntimeException"),
            // Spring
            Map.entry("NestedRuntimeException", "RuntimeException"),
            Map.entry("ErrorResponseException", "NestedRuntimeException"),
            Map.entry("ResponseStatusException", "ErrorResponseException"),
            Map.entry("ServerWebInputException", "ResponseStatusException"),
            Map.entry("WebExchangeBindException", "ServerWebInputException"),
            Map.entry("ServletException", "Exception"),
            Map.entry("ServletRequestBindingException", "ServletException"),
            Map.entry("MissingServletRequestParameterException", "ServletRequestBindingException"),
            Map.entry("MissingRequestHeaderException", "ServletRequestBindingException"),
            Map.entry("MissingPathVariableException", "ServletRequestBindingException"),
            Map.entry("HttpRequestMethodNotSupportedException", "ServletException"),
            Map.entry("HttpMediaTypeException", "ServletException"),
            Map.entry("HttpMediaTypeNotSupportedException", "HttpMediaTypeException"),
            Map.entry("HttpMediaTypeNotAcceptableException", "HttpMediaTypeException"),
            Map.entry("NoHandlerFoundException", "ServletException"),
            Map.entry("NoResourceFoundException", "ServletException"),
            Map.entry("BindException", "Exception"),
            Map.entry("MethodArgumentNotValidException", "BindException"),
            Map.entry("HandlerMethodValidationException", "ResponseStatusException"),
            Map.entry("TypeMismatchException", "RuntimeException"),
            Map.entry("MethodArgumentTypeMismatchException", "TypeMismatchException"),
            Map.entry("HttpMessageNotReadableException", "RuntimeException"),
            Map.entry("HttpMessageNotWritableException", "RuntimeException"),
            Map.entry("AsyncRequestTimeoutException", "RuntimeException"),
            Map.entry("DataAccessException", "NestedRuntimeException"),
            Map.entry("DataIntegrityViolationException", "DataAccessException"),
            Map.entry("DuplicateKeyException", "DataIntegrityViolationException"),
            Map.entry("EmptyResultDataAccessException", "DataAccessException"),
            Map.entry("OptimisticLockingFailureException", "DataAccessException"),
            Map.entry("AccessDeniedException", "RuntimeException"),
            Map.entry("AuthenticationException", "RuntimeException"),
            Map.entry("BadCredentialsException", "AuthenticationException"),
            Map.entry("UsernameNotFoundException", "AuthenticationException"),
            Map.entry("HttpClientErrorException", "HttpStatusCodeException"),
            Map.entry("HttpServerErrorException", "HttpStatusCodeException"),
            Map.entry("HttpStatusCodeException", "RestClientResponseException"),
            Map.entry("RestClientResponseException", "RestClientException"),
            Map.entry("RestClientException", "NestedRuntimeException"),
            Map.entry("WebClientResponseException", "WebClientException"),
            Map.entry("WebClientException", "NestedRuntimeException"),
            // Bean Validation, JPA
            Map.entry("ValidationException", "RuntimeException"),
            Map.entry("ConstraintViolationException", "ValidationException"),
            Map.entry("PersistenceException", "RuntimeException"),
            Map.entry("EntityNotFoundException", "PersistenceException"),
            Map.entry("OptimisticLockException", "PersistenceException"),
            // JAX-RS
            Map.entry("WebApplicationException", "RuntimeException"),
            Map.entry("ClientErrorException", "WebApplicationException"),
            Map.entry("ServerErrorException", "WebApplicationException"),
            Map.entry("RedirectionException", "WebApplicationException"),
            Map.entry("BadRequestException", "ClientErrorException"),
            Map.entry("NotAuthorizedException", "ClientErrorException"),
            Map.entry("ForbiddenException", "ClientErrorException"),
            Map.entry("NotFoundException", "ClientErrorException"),
            Map.entry("NotAllowedException", "ClientErrorException"),
            Map.entry("NotAcceptableException", "ClientErrorException"),
            Map.entry("NotSupportedException", "ClientErrorException"),
            Map.entry("InternalServerErrorException", "ServerErrorException"),
            Map.entry("ServiceUnavailableException", "ServerErrorException"),
            Map.entry("ProcessingException", "RuntimeException"),
            Map.entry("ResponseProcessingException", "ProcessingException"),
            Map.entry("NoContentException", "IOException"),
            Map.entry("ConstraintDeclarationException", "ValidationException"),
            Map.entry("ConstraintDefinitionException", "ConstraintDeclarationException"),
            // Jackson (what JSON entity readers raise)
            Map.entry("JacksonException", "IOException"),
            Map.entry("JsonProcessingException", "JacksonException"),
            Map.entry("StreamReadException", "JsonProcessingException"),
            Map.entry("JsonParseException", "StreamReadException"),
            Map.entry("DatabindException", "JsonProcessingException"),
            Map.entry("JsonMappingException", "DatabindException"),
            Map.entry("MismatchedInputException", "JsonMappingException"),
            Map.entry("InvalidFormatException", "MismatchedInputException"));

    private final JavaProject project;

    public TypeHierarchy(JavaProject project) {
        this.project = project;
    }

    /**
     * The type and its superclasses, nearest first, as simple names; a project type's chain continues into the
     * library table. Stops at a type it cannot see (then the chain is incomplete: {@link #isComplete}).
     */
    public List<String> chain(String typeName, Node context) {
        List<String> out = new ArrayList<>();
        String name = simple(typeName);
        Node at = context;
        for (int i = 0; i < 20 && name != null && !name.isEmpty() && !out.contains(name); i++) {
            out.add(name);
            Optional<TypeDeclaration<?>> declared = project.type(name, at);
            if (declared.isPresent() && declared.get().isClassOrInterfaceDeclaration()) {
                var extended = declared.get().asClassOrInterfaceDeclaration().getExtendedTypes();
                at = declared.get();
                name = extended.isEmpty() ? "Object" : simple(extended.get(0).getNameAsString());
            } else {
                name = importedFromElsewhere(name, at) ? null : LIBRARY.get(name);
            }
        }
        return out;
    }

    /** Packages whose exceptions the library table describes. */
    private static final List<String> LIBRARY_PACKAGES = List.of("java.", "javax.", "jakarta.", "org.springframework.");

    /**
     * True when the file around {@code at} imports the simple name from a package the table does not describe
     * ({@code com.acme.errors.NotFoundException}, {@code org.hibernate.exception.ConstraintViolationException}):
     * a class of that name the project does not show, not the library's.
     */
    private static boolean importedFromElsewhere(String name, Node at) {
        if (at == null) {
            return false;
        }
        return at.findCompilationUnit().map(unit -> unit.getImports().stream().anyMatch(i -> !i.isAsterisk() && !i.isStatic()
                && i.getName().getIdentifier().equals(name)
                && LIBRARY_PACKAGES.stream().noneMatch(p -> i.getNameAsString().startsWith(p)))).orElse(false);
    }

    /** True when the chain reaches {@code Throwable}: every superclass was seen. */
    public boolean isComplete(List<String> chain) {
        return !chain.isEmpty() && chain.get(chain.size() - 1).equals("Throwable");
    }

    /** How many steps up from {@code type} to {@code ancestor} (0 for itself), or -1. */
    public int distance(String type, String ancestor, Node context) {
        return chain(type, context).indexOf(simple(ancestor));
    }

    public static String simple(String name) {
        String n = name;
        int generic = n.indexOf('<');
        if (generic >= 0) {
            n = n.substring(0, generic);
        }
        return n.contains(".") ? n.substring(n.lastIndexOf('.') + 1) : n;
    }

    public static String simple(ClassOrInterfaceType type) {
        return type.getNameAsString();
    }
}
