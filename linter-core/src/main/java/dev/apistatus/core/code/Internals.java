package dev.apistatus.core.code;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.expr.MethodCallExpr;
import java.util.Optional;
import java.util.Set;

/**
 * Internals a method puts within reach of its response: stack traces ({@code e.getStackTrace()},
 * {@code ExceptionUtils.getStackTrace(e)}, {@code printStackTrace(writer)}) and exception class names.
 * Calls that only feed a logger are left out.
 */
public final class Internals {

    private static final Set<String> STACK_TRACE_CALLS = Set.of("getStackTrace", "getStackTraceAsString",
            "getFullStackTrace", "getRootCauseStackTrace", "stackTraceToString");

    private Internals() {
    }

    /** The first expression in the method around {@code at} that exposes internals, as written; empty when none. */
    public static Optional<String> exposed(Node at) {
        Optional<CallableDeclaration> method = at instanceof CallableDeclaration<?> c ? Optional.of(c)
                : at.findAncestor(CallableDeclaration.class);
        if (method.isEmpty()) {
            return Optional.empty();
        }
        for (MethodCallExpr call : method.get().findAll(MethodCallExpr.class)) {
            String name = call.getNameAsString();
            boolean stackTrace = STACK_TRACE_CALLS.contains(name)
                    || name.equals("printStackTrace") && !call.getArguments().isEmpty();
            boolean className = name.equals("getName") && call.getScope().filter(s -> s.toString().endsWith("getClass()")).isPresent()
                    && call.getScope().get().toString().matches("(?i)(e|ex|exception|t|throwable|error|cause)\\.getClass\\(\\)");
            if ((stackTrace || className) && !feedsLogger(call)) {
                return Optional.of(call.toString());
            }
        }
        return Optional.empty();
    }

    /** {@code log.error("...", ExceptionUtils.getStackTrace(e))}: logging is where a stack trace belongs. */
    private static boolean feedsLogger(MethodCallExpr call) {
        for (Node p = call.getParentNode().orElse(null); p != null; p = p.getParentNode().orElse(null)) {
            if (p instanceof MethodCallExpr outer && outer.getScope().isPresent()) {
                String scope = outer.getScope().get().toString().toLowerCase(java.util.Locale.ROOT);
                if (scope.equals("log") || scope.equals("logger") || scope.endsWith(".log") || scope.endsWith("logger")) {
                    return true;
                }
            }
            if (p instanceof com.github.javaparser.ast.stmt.Statement) {
                return false;
            }
        }
        return false;
    }
}
