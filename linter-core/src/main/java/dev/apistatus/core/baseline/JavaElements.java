package dev.apistatus.core.baseline;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.AnnotationMemberDeclaration;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Names the code element a line of a Java file belongs to, the way Javadoc links name members:
 * {@code OrderController#create(OrderRequest)}, {@code OrderController#repository}, {@code Outer.Inner}. Used in
 * baseline fingerprints so that a finding keeps its identity when lines above it move. Each file is parsed once;
 * a file that cannot be parsed names nothing (an empty string). Not thread-safe.
 */
final class JavaElements {

    private final JavaParser parser;
    private final Map<String, Optional<CompilationUnit>> parsed = new HashMap<>();

    /** @param release the Java release the sources are read with (17 to 25; others read as 25) */
    JavaElements(int release) {
        ParserConfiguration.LanguageLevel level;
        try {
            level = release >= 17 && release <= 25 ? ParserConfiguration.LanguageLevel.valueOf("JAVA_" + release)
                    : ParserConfiguration.LanguageLevel.JAVA_25;
        } catch (IllegalArgumentException e) {
            level = ParserConfiguration.LanguageLevel.JAVA_25;
        }
        this.parser = new JavaParser(new ParserConfiguration().setLanguageLevel(level));
    }

    /**
     * The innermost member (method, constructor, field, enum constant, initializer) or type whose lines include
     * {@code line}, or {@code ""} when none does or the text does not parse.
     *
     * @param key  identifies the file (its path), so each file is read and parsed once
     * @param text gives the file's content
     */
    String at(String key, Supplier<String> text, int line) {
        Optional<CompilationUnit> unit = parsed.computeIfAbsent(key, k -> parse(text.get()));
        if (unit.isEmpty()) {
            return "";
        }
        Node best = null;
        int bestSpan = Integer.MAX_VALUE;
        Deque<Node> todo = new ArrayDeque<>(unit.get().getChildNodes());
        while (!todo.isEmpty()) {
            Node node = todo.pop();
            if (node.getRange().isEmpty()) {
                continue;
            }
            int begin = node.getRange().get().begin.line;
            int end = node.getRange().get().end.line;
            if (line < begin || line > end) {
                continue;
            }
            if (isElement(node) && end - begin <= bestSpan) {
                best = node;
                bestSpan = end - begin;
            }
            todo.addAll(node.getChildNodes());
        }
        return best == null ? "" : name(best);
    }

    private Optional<CompilationUnit> parse(String text) {
        try {
            ParseResult<CompilationUnit> result = parser.parse(text);
            return result.isSuccessful() ? result.getResult() : Optional.empty();
        } catch (RuntimeException | StackOverflowError e) {
            return Optional.empty();
        }
    }

    private static boolean isElement(Node node) {
        return node instanceof TypeDeclaration<?> || node instanceof CallableDeclaration<?>
                || node instanceof FieldDeclaration || node instanceof EnumConstantDeclaration
                || node instanceof InitializerDeclaration || node instanceof AnnotationMemberDeclaration;
    }

    private static String name(Node node) {
        String type = enclosingTypes(node);
        if (node instanceof TypeDeclaration<?>) {
            return type;
        }
        String member;
        if (node instanceof CallableDeclaration<?> callable) {
            member = callable.getNameAsString() + callable.getParameters().stream()
                    .map(p -> p.getType().asString() + (p.isVarArgs() ? "..." : ""))
                    .collect(Collectors.joining(",", "(", ")"));
        } else if (node instanceof FieldDeclaration field) {
            member = field.getVariables().stream().map(VariableDeclarator::getNameAsString)
                    .collect(Collectors.joining(","));
        } else if (node instanceof EnumConstantDeclaration constant) {
            member = constant.getNameAsString();
        } else if (node instanceof InitializerDeclaration init) {
            member = init.isStatic() ? "static{}" : "{}";
        } else if (node instanceof AnnotationMemberDeclaration annotationMember) {
            member = annotationMember.getNameAsString() + "()";
        } else {
            member = ((BodyDeclaration<?>) node).getClass().getSimpleName();
        }
        return type.isEmpty() ? member : type + "#" + member;
    }

    /** {@code Outer.Inner} for a node inside {@code Inner} (or for {@code Inner} itself). */
    private static String enclosingTypes(Node node) {
        Deque<String> names = new ArrayDeque<>();
        for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof TypeDeclaration<?> type) {
                names.push(type.getNameAsString());
            }
        }
        return String.join(".", names);
    }
}
