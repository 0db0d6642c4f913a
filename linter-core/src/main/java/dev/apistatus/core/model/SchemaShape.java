package dev.apistatus.core.model;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What rules need to know of a body's schema, whether it comes from a spec or, later, from a Java type.
 * References are already followed; circular schemas are safe to walk because members are built lazily.
 */
public interface SchemaShape {

    /** The JSON types ({@code object}, {@code array}, {@code string}, {@code integer}, ...); inferred as {@code object} when only properties are given; empty when unknown. */
    Set<String> types();

    /** Properties, including those of {@code allOf} members, in declaration order. */
    Map<String, SchemaShape> properties();

    /** The schema of array items, or null. */
    SchemaShape items();

    /** The {@code oneOf}/{@code anyOf} alternatives; empty when there are none. */
    List<SchemaShape> alternatives();

    /** {@code enum} values; empty when none. */
    List<Object> enumValues();

    /** {@code const}, or null. */
    Object constValue();

    /** {@code example} (or the first of 3.1's {@code examples}), or null. */
    Object example();

    /** The component (or class) name when the schema was reached through a reference, else null. */
    String name();

    SourceLocation location();

    /**
     * Where the property {@code name} is written: its key in this schema (or in the {@code allOf} member that
     * declares it), even when its schema is a {@code $ref} whose {@link #location()} is the referenced
     * component. Falls back to the property schema's location, then to this schema's; null for a property this
     * schema does not have.
     */
    default SourceLocation propertyLocation(String name) {
        if (!properties().containsKey(name)) {
            return null;
        }
        SchemaShape property = properties().get(name);
        return property != null ? property.location() : location();
    }

    /**
     * Every declaration of the property {@code name}, in this schema and in its {@code allOf} members (all of
     * which apply), keyed by where each is written, in the order {@link #properties()} merges them: the first is
     * the one {@code properties()} gives. A value is null when its {@code $ref} could not be followed. Empty for a
     * property this schema does not have.
     */
    default Map<SourceLocation, SchemaShape> propertyDeclarations(String name) {
        if (!properties().containsKey(name)) {
            return Map.of();
        }
        Map<SourceLocation, SchemaShape> out = new java.util.LinkedHashMap<>();
        out.put(propertyLocation(name), properties().get(name));
        return out;
    }

    /**
     * For a body the code builds: internals the building method puts within its reach (a stack trace, an
     * exception's class name), as written, e.g. {@code ExceptionUtils.getStackTrace(e)}; null when none.
     */
    default String exposedInternals() {
        return null;
    }

    default boolean hasType(String type) {
        return types().contains(type);
    }

    default boolean isArray() {
        return hasType("array");
    }

    default boolean isObject() {
        return hasType("object");
    }
}
