package dev.apistatus.core.code;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import dev.apistatus.core.model.SchemaShape;
import dev.apistatus.core.model.SourceLocation;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The shape of a body the code sends, from its Java type: JSON types for JDK types, the members of
 * {@code ProblemDetail}, and the fields (or record components) of the project's own classes, read lazily.
 * Library types the project does not declare have no known JSON type.
 */
public final class JavaTypeShape implements SchemaShape {

    private static final Set<String> STRINGS = Set.of("String", "CharSequence", "UUID", "URI", "URL", "Instant",
            "LocalDate", "LocalDateTime", "OffsetDateTime", "ZonedDateTime", "char", "Character");
    private static final Set<String> INTEGERS = Set.of("int", "Integer", "long", "Long", "short", "Short", "byte",
            "Byte", "BigInteger");
    private static final Set<String> NUMBERS = Set.of("double", "Double", "float", "Float", "BigDecimal", "Number");
    private static final Set<String> ARRAYS = Set.of("List", "Set", "Collection", "Iterable", "ArrayList",
            "LinkedList", "HashSet", "TreeSet", "Stream", "Flux");
    private static final Set<String> MAPS = Set.of("Map", "HashMap", "LinkedHashMap", "TreeMap", "JsonNode",
            "ObjectNode", "Properties");
    /** RFC 9457 members as Spring's ProblemDetail serializes them (its extension properties come on top). */
    private static final List<String> PROBLEM_MEMBERS = List.of("type", "title", "status", "detail", "instance");

    private final JavaProject project;
    private final String type;
    private final Node context;
    private final SourceLocation location;
    private final Object constant;
    private final int problemStatus;
    private String exposes;
    private Map<String, SchemaShape> properties;

    public JavaTypeShape(JavaProject project, String type, Node context, SourceLocation location) {
        this(project, type, context, location, null, -1);
    }

    /**
     * @param problemStatus for a problem body, the status it carries ({@code ProblemDetail.forStatus(404)}), else -1:
     *                      its {@code status} member then has that constant value
     */
    public JavaTypeShape(JavaProject project, String type, Node context, SourceLocation location, Object constant,
                         int problemStatus) {
        this.project = project;
        this.type = type;
        this.context = context;
        this.location = location;
        this.constant = constant;
        this.problemStatus = problemStatus;
    }

    private String raw() {
        String t = type.trim();
        int generic = t.indexOf('<');
        String base = generic >= 0 ? t.substring(0, generic) : t;
        return base.contains(".") ? base.substring(base.lastIndexOf('.') + 1) : base;
    }

    private Optional<TypeDeclaration<?>> declaration() {
        return project.type(raw(), context);
    }

    @Override
    public Set<String> types() {
        String raw = raw();
        if (type.endsWith("[]") && !raw.equals("byte[]")) {
            return Set.of("array");
        }
        if (STRINGS.contains(raw)) {
            return Set.of("string");
        }
        if (INTEGERS.contains(raw)) {
            return Set.of("integer");
        }
        if (NUMBERS.contains(raw)) {
            return Set.of("number");
        }
        if (raw.equals("boolean") || raw.equals("Boolean")) {
            return Set.of("boolean");
        }
        if (ARRAYS.contains(raw)) {
            return Set.of("array");
        }
        if (MAPS.contains(raw) || raw.equals("ProblemDetail") || declaration().isPresent()) {
            return Set.of("object");
        }
        return Set.of();
    }

    @Override
    public Map<String, SchemaShape> properties() {
        if (properties == null) {
            Map<String, SchemaShape> out = new LinkedHashMap<>();
            if (raw().equals("ProblemDetail") || problemStatus > 0) {
                for (String m : PROBLEM_MEMBERS) {
                    boolean status = m.equals("status");
                    out.put(m, new JavaTypeShape(project, status ? "int" : "String", context, location,
                            status && problemStatus > 0 ? problemStatus : null, -1));
                }
            }
            declaration().ifPresent(d -> collect(d, out, 0));
            properties = Collections.unmodifiableMap(out);
        }
        return properties;
    }

    private void collect(TypeDeclaration<?> d, Map<String, SchemaShape> out, int depth) {
        if (d instanceof RecordDeclaration r) {
            r.getParameters().forEach(p -> out.putIfAbsent(p.getNameAsString(),
                    new JavaTypeShape(project, p.getType().asString(), r, project.locate(p))));
        }
        for (FieldDeclaration f : d.getFields()) {
            if (f.isStatic()) {
                continue;
            }
            for (VariableDeclarator v : f.getVariables()) {
                out.putIfAbsent(v.getNameAsString(), new JavaTypeShape(project, v.getType().asString(), d, project.locate(v)));
            }
        }
        if (depth < 5 && d.isClassOrInterfaceDeclaration() && !d.asClassOrInterfaceDeclaration().getExtendedTypes().isEmpty()) {
            String parent = d.asClassOrInterfaceDeclaration().getExtendedTypes().get(0).getNameAsString();
            if (parent.equals("ProblemDetail")) {
                new JavaTypeShape(project, "ProblemDetail", d, location).properties().forEach(out::putIfAbsent);
            }
            project.type(parent, d).ifPresent(p -> collect(p, out, depth + 1));
        }
    }

    @Override
    public SchemaShape items() {
        int lt = type.indexOf('<');
        if (lt >= 0 && ARRAYS.contains(raw())) {
            return new JavaTypeShape(project, type.substring(lt + 1, type.lastIndexOf('>')).trim(), context, location);
        }
        return null;
    }

    @Override
    public List<SchemaShape> alternatives() {
        return List.of();
    }

    @Override
    public List<Object> enumValues() {
        return List.of();
    }

    @Override
    public Object constValue() {
        return constant;
    }

    @Override
    public Object example() {
        return null;
    }

    /** The Java type as written, e.g. {@code ProblemDetail}, {@code Map<String, Object>}, {@code ErrorDto}. */
    @Override
    public String name() {
        return type;
    }

    @Override
    public SourceLocation location() {
        return location;
    }

    /** Records what internals the building code puts within the body's reach. */
    public JavaTypeShape exposing(String internals) {
        this.exposes = internals;
        return this;
    }

    @Override
    public String exposedInternals() {
        return exposes;
    }

    /** True for {@code ProblemDetail}, {@code ErrorResponse} and project classes that extend them. */
    public boolean isProblem(TypeHierarchy hierarchy) {
        String raw = raw();
        if (raw.equals("ProblemDetail") || raw.equals("ErrorResponse") || raw.equals("ErrorResponseException")) {
            return true;
        }
        List<String> chain = hierarchy.chain(raw, context);
        return chain.contains("ProblemDetail");
    }
}
