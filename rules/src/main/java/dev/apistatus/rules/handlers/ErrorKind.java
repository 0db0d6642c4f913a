package dev.apistatus.rules.handlers;

import dev.apistatus.core.model.ErrorMapping;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The kinds of error an exception type names, by its name or its superclasses, and the status each kind calls
 * for. Recognised only where the name leaves no doubt; an exception of no recognised kind is judged by nobody.
 */
enum ErrorKind {

    /** Authentication missing or failed: 401 (RFC 9110 §15.5.2). */
    AUTHENTICATION("an authentication failure", "401 Unauthorized", "RFC 9110 §15.5.2"),
    /** The target resource does not exist: 404 (RFC 9110 §15.5.5). */
    NOT_FOUND("a missing resource", "404 Not Found", "RFC 9110 §15.5.5"),
    /** The request's content or parameters are invalid: 400 or 422 (RFC 9110 §15.5.1, §15.5.21). */
    VALIDATION("invalid input", "400 Bad Request (or 422 Unprocessable Content)", "RFC 9110 §15.5.1, §15.5.21"),
    /** The request conflicts with the resource's current state: 409 (RFC 9110 §15.5.10). */
    CONFLICT("a conflict with the resource's current state", "409 Conflict", "RFC 9110 §15.5.10"),
    /** Every exception: whatever was not foreseen is the server's failure, 500 (RFC 9110 §15.6.1). */
    CATCH_ALL("every unforeseen failure", "500 Internal Server Error", "RFC 9110 §15.6.1");

    private static final Pattern AUTH_NAME = Pattern.compile(".*(Unauthorized|Unauthenticated|NotAuthenticated|NotAuthorized"
            + "|Authentication|BadCredentials).*");
    private static final Set<String> AUTH_TYPES = Set.of("AuthenticationException", "NotAuthorizedException");

    private static final Set<String> NOT_FOUND_TYPES = Set.of("NoSuchElementException", "EntityNotFoundException",
            "EmptyResultDataAccessException", "NoResultException", "NoHandlerFoundException", "NoResourceFoundException",
            "NotFoundException");
    /** Not-found exceptions about the server's own files and classes: a 500 is right for them. */
    private static final Set<String> SERVER_NOT_FOUND = Set.of("ClassNotFoundException", "FileNotFoundException",
            "TemplateNotFoundException", "NoSuchFileException");

    private static final Set<String> VALIDATION_TYPES = Set.of("MethodArgumentNotValidException",
            "ConstraintViolationException", "BindException", "WebExchangeBindException", "HandlerMethodValidationException",
            "MethodValidationException", "ValidationException");
    private static final Pattern VALIDATION_NAME = Pattern.compile(".*(Validation|NotValid).*");

    private static final Set<String> CONFLICT_TYPES = Set.of("DataIntegrityViolationException", "DuplicateKeyException",
            "OptimisticLockingFailureException", "OptimisticLockException", "ObjectOptimisticLockingFailureException");
    private static final Pattern CONFLICT_NAME = Pattern.compile(".*(Conflict|OptimisticLock|Duplicate|AlreadyExists).*");

    private static final Set<String> CATCH_ALL_TYPES = Set.of("Exception", "Throwable", "RuntimeException");

    private final String meaning;
    private final String right;
    private final String reference;

    ErrorKind(String meaning, String right, String reference) {
        this.meaning = meaning;
        this.right = right;
        this.reference = reference;
    }

    /** "a missing resource" */
    String meaning() {
        return meaning;
    }

    /** "404 Not Found" */
    String right() {
        return right;
    }

    String reference() {
        return reference;
    }

    /** The kind an exception type is of: by its own name first, then by its superclasses. */
    static Optional<ErrorKind> of(ErrorMapping.HandledType type) {
        String name = type.name();
        if (CATCH_ALL_TYPES.contains(name)) {
            return Optional.of(CATCH_ALL);
        }
        Optional<ErrorKind> own = byName(name);
        if (own.isPresent()) {
            // UsernameNotFoundException is an AuthenticationException: Spring Security answers it 401
            if (own.get() != AUTHENTICATION && type.supertypes().contains("AuthenticationException")) {
                return Optional.of(AUTHENTICATION);
            }
            return own;
        }
        for (String parent : type.supertypes()) {
            if (CATCH_ALL_TYPES.contains(parent)) {
                break;
            }
            Optional<ErrorKind> inherited = byName(parent);
            if (inherited.isPresent()) {
                return inherited;
            }
        }
        return Optional.empty();
    }

    private static Optional<ErrorKind> byName(String name) {
        if (AUTH_TYPES.contains(name) || AUTH_NAME.matcher(name).matches()) {
            return Optional.of(AUTHENTICATION);
        }
        if (SERVER_NOT_FOUND.contains(name)) {
            return Optional.empty();
        }
        if (NOT_FOUND_TYPES.contains(name) || name.contains("NotFound")) {
            return Optional.of(NOT_FOUND);
        }
        if (VALIDATION_TYPES.contains(name) || VALIDATION_NAME.matcher(name).matches()) {
            return Optional.of(VALIDATION);
        }
        if (CONFLICT_TYPES.contains(name) || CONFLICT_NAME.matcher(name).matches()) {
            return Optional.of(CONFLICT);
        }
        return Optional.empty();
    }

    /** True when {@code status} is a right answer for this kind. */
    boolean isRight(int status) {
        return switch (this) {
            case AUTHENTICATION -> status == 401;
            case NOT_FOUND -> status == 404 || status == 410;
            case VALIDATION -> status == 400 || status == 422;
            case CONFLICT -> status == 409 || status == 412;
            case CATCH_ALL -> status >= 500;
        };
    }

    /** True when {@code status} is an error status of the wrong class for this kind (RULES.md). */
    boolean isWrong(int status) {
        if (status < 400 || status > 599 || isRight(status)) {
            return false;
        }
        return switch (this) {
            case AUTHENTICATION -> true;
            case NOT_FOUND -> status == 400 || status >= 500;
            case VALIDATION -> status == 404 || status >= 500;
            case CONFLICT -> status == 400;
            case CATCH_ALL -> status < 500;
        };
    }

    /** The first recognised kind among a mapping's handled types. */
    static Optional<ErrorKind> first(List<ErrorMapping.HandledType> types) {
        return types.stream().map(ErrorKind::of).flatMap(Optional::stream).findFirst();
    }
}
