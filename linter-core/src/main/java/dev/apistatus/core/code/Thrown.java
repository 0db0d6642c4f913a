package dev.apistatus.core.code;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.ObjectCreationExpr;

/**
 * An exception a handler can raise: its type, where it is raised (the {@code throw}, or the call that leads to
 * it), and the creation expression when it is visible (to read constructor arguments such as a status).
 *
 * @param type     the exception's simple name
 * @param at       the line in the handler that raises it (the throw itself, or the call into the project method)
 * @param creation the {@code new X(...)}, or null when the exception was created elsewhere
 * @param via      for an exception raised in a called method, {@code OrderService.find}; else null
 */
public record Thrown(String type, Node at, ObjectCreationExpr creation, String via) {
}
