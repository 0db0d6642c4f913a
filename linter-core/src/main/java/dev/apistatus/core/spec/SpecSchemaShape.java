package dev.apistatus.core.spec;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apistatus.core.model.SchemaShape;
import dev.apistatus.core.model.SourceLocation;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A schema of a spec, with references followed lazily (so circular schemas are safe). */
final class SpecSchemaShape implements SchemaShape {

    private final ModelBuilder.Place place;
    private final Schema<?> schema;
    private final String name;
    private final ModelBuilder builder;
    private Map<String, SchemaShape> properties;
    private Map<String, ModelBuilder.Place> propertyPlaces;
    private boolean exampleRead;

    SpecSchemaShape(ModelBuilder builder, ModelBuilder.Place place, Schema<?> schema, String name) {
        this.builder = builder;
        this.place = place;
        this.schema = schema;
        this.name = name;
    }

    private SchemaShape child(Schema<?> child, String segment) {
        return child == null ? null : builder.schema(child, place.child(segment));
    }

    @Override
    public Set<String> types() {
        Set<String> types = new LinkedHashSet<>();
        if (schema.getTypes() != null) {
            types.addAll(schema.getTypes());
        }
        if (schema.getType() != null) {
            types.add(schema.getType());
        }
        if (types.isEmpty()) {
            if (schema.getProperties() != null && !schema.getProperties().isEmpty()) {
                types.add("object");
            } else if (schema.getItems() != null) {
                types.add("array");
            } else if (schema.getAllOf() != null) {
                for (int i = 0; i < schema.getAllOf().size(); i++) {
                    SchemaShape member = child(schema.getAllOf().get(i), "allOf/" + i);
                    if (member != null && member != this) {
                        types.addAll(member.types());
                    }
                }
            }
        }
        types.remove("null");
        return Collections.unmodifiableSet(types);
    }

    @Override
    public Map<String, SchemaShape> properties() {
        if (properties == null) {
            Map<String, SchemaShape> out = new LinkedHashMap<>();
            Map<String, ModelBuilder.Place> places = new LinkedHashMap<>();
            collectProperties(this, out, places, Collections.newSetFromMap(new IdentityHashMap<>()));
            properties = Collections.unmodifiableMap(out);
            propertyPlaces = places;
        }
        return properties;
    }

    private static void collectProperties(SpecSchemaShape shape, Map<String, SchemaShape> out,
                                          Map<String, ModelBuilder.Place> places, Set<Schema<?>> seen) {
        if (!seen.add(shape.schema)) {
            return;
        }
        Map<String, Schema> own = shape.schema.getProperties();
        if (own != null) {
            for (Map.Entry<String, Schema> e : own.entrySet()) {
                String segment = "properties/" + JsonPointers.escape(e.getKey());
                if (out.get(e.getKey()) == null) { // as putIfAbsent: a dangling property may be given again by allOf
                    out.put(e.getKey(), shape.child(e.getValue(), segment));
                    places.put(e.getKey(), shape.place.child(segment));
                }
            }
        }
        List<Schema> allOf = shape.schema.getAllOf();
        if (allOf != null) {
            for (int i = 0; i < allOf.size(); i++) {
                if (shape.child(allOf.get(i), "allOf/" + i) instanceof SpecSchemaShape member) {
                    collectProperties(member, out, places, seen);
                }
            }
        }
    }

    @Override
    public Map<SourceLocation, SchemaShape> propertyDeclarations(String name) {
        Map<SourceLocation, SchemaShape> out = new LinkedHashMap<>();
        collectDeclarations(this, name, out, Collections.newSetFromMap(new IdentityHashMap<>()));
        return out;
    }

    private static void collectDeclarations(SpecSchemaShape shape, String name, Map<SourceLocation, SchemaShape> out,
                                            Set<Schema<?>> seen) {
        if (!seen.add(shape.schema)) {
            return;
        }
        Map<String, Schema> own = shape.schema.getProperties();
        if (own != null && own.containsKey(name)) {
            String segment = "properties/" + JsonPointers.escape(name);
            out.put(shape.place.child(segment).location(), shape.child(own.get(name), segment));
        }
        List<Schema> allOf = shape.schema.getAllOf();
        if (allOf != null) {
            for (int i = 0; i < allOf.size(); i++) {
                if (shape.child(allOf.get(i), "allOf/" + i) instanceof SpecSchemaShape member) {
                    collectDeclarations(member, name, out, seen);
                }
            }
        }
    }

    @Override
    public SourceLocation propertyLocation(String name) {
        if (!properties().containsKey(name)) {
            return null;
        }
        return propertyPlaces.get(name).location();
    }

    @Override
    public SchemaShape items() {
        return child(schema.getItems(), "items");
    }

    @Override
    public List<SchemaShape> alternatives() {
        List<SchemaShape> out = new ArrayList<>();
        addAll(out, schema.getOneOf(), "oneOf");
        addAll(out, schema.getAnyOf(), "anyOf");
        return out;
    }

    private void addAll(List<SchemaShape> out, List<Schema> members, String keyword) {
        if (members != null) {
            for (int i = 0; i < members.size(); i++) {
                SchemaShape s = child(members.get(i), keyword + "/" + i);
                if (s != null) {
                    out.add(s);
                }
            }
        }
    }

    @Override
    public List<Object> enumValues() {
        return schema.getEnum() == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(schema.getEnum()));
    }

    @Override
    public Object constValue() {
        return schema.getConst();
    }

    @Override
    public Object example() {
        // Locked on the swagger schema, which other shapes may wrap too: rules may ask from several threads.
        synchronized (schema) {
            if (!exampleRead && !place.doc().isSwagger2()) {
                // swagger-parser did not see the example (see LeanView): given now, it casts it as it would have
                exampleRead = true;
                JsonNode node = place.node();
                Object value = node == null || !node.isObject() ? null : ModelBuilder.anyValue(node.get("example"));
                if (value != null) {
                    schema.setExample(value);
                }
            }
            if (schema.getExample() != null) {
                return schema.getExample();
            }
            List<?> examples = schema.getExamples();
            return examples == null || examples.isEmpty() ? null : examples.get(0);
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public SourceLocation location() {
        return place.location();
    }

    @Override
    public String toString() {
        return name != null ? name : place.pointer();
    }
}
