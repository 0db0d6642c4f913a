package dev.apistatus.core.code.client;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.apistatus.core.code.JavaProject;
import dev.apistatus.core.code.ThrowCollector;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the project method a call reaches, as {@link ThrowCollector#resolve} does, but only into types that can
 * matter to HTTP retries: those declared in the files parsed up front (every file that names an HTTP client or a
 * retry holds a marker), their supertypes and the interfaces they implement. Following calls into any other type
 * would parse files that cannot hold an HTTP call, which on a large code base costs more than everything else.
 */
final class Resolver {

    private final JavaProject project;
    private final ThrowCollector collector;
    private final Values values;
    private Set<String> known;

    Resolver(JavaProject project, ThrowCollector collector, Values values) {
        this.project = project;
        this.collector = collector;
        this.values = values;
    }

    Optional<MethodDeclaration> resolve(MethodCallExpr call) {
        if (!worthFollowing(call)) {
            return Optional.empty();
        }
        try {
            return collector.resolve(call);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private boolean worthFollowing(MethodCallExpr call) {
        if (call.getScope().isEmpty() || call.getScope().get() instanceof ThisExpr) {
            return true;
        }
        Expression scope = call.getScope().get();
        if (scope instanceof NameExpr n && Chains.isTypeName(n)) {
            return known().contains(n.getNameAsString());
        }
        if (scope instanceof NameExpr || scope instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr) {
            return values.declaredType(scope).map(this::isKnown).orElse(false);
        }
        return false;
    }

    /** A type the files parsed up front declare, extend or implement. */
    boolean isKnown(String simpleName) {
        return known().contains(Values.simple(simpleName));
    }

    private Set<String> known() {
        if (known == null) {
            Set<String> names = new HashSet<>();
            for (CompilationUnit unit : project.entryPoints()) {
                for (TypeDeclaration<?> t : unit.findAll(TypeDeclaration.class)) {
                    names.add(t.getNameAsString());
                    if (t instanceof ClassOrInterfaceDeclaration c) {
                        c.getExtendedTypes().forEach(x -> names.add(x.getNameAsString()));
                        for (ClassOrInterfaceType i : c.getImplementedTypes()) {
                            names.add(i.getNameAsString());
                        }
                    }
                }
            }
            known = names;
        }
        return known;
    }
}
