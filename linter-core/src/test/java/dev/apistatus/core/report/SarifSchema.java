package dev.apistatus.core.report;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.resource.IriResourceLoader;
import java.util.List;

/**
 * The official SARIF 2.1.0 schema (test resource {@code sarif/sarif-2.1.0-rtm.5.json}, see the README beside it),
 * loaded offline: its {@code id} is mapped to the classpath copy, the draft-04 meta-schema comes from the
 * validator's jar, and remote fetching is off, so nothing is ever read from the network.
 */
final class SarifSchema {

    /** The schema's own {@code id} (draft-04 spelling); {@code $ref}s inside it resolve against this. */
    static final String SCHEMA_ID =
            "https://raw.githubusercontent.com/schemastore/schemastore/master/src/schemas/json/sarif-2.1.0-rtm.5.json";
    static final String RESOURCE = "classpath:sarif/sarif-2.1.0-rtm.5.json";

    static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4,
            builder -> builder.schemaLoader(loader -> loader
                    .fetchRemoteResources(false)
                    .schemaIdResolvers(ids -> ids.mapPrefix(SCHEMA_ID, RESOURCE))));

    static final Schema SCHEMA = REGISTRY.getSchema(SchemaLocation.of(SCHEMA_ID));

    private SarifSchema() {
    }

    static List<Error> validate(String json) {
        return SCHEMA.validate(json, InputFormat.JSON);
    }

    static boolean canFetchRemotely() {
        return REGISTRY.getSchemaLoader().getResourceLoaders().stream().anyMatch(IriResourceLoader.class::isInstance);
    }
}
