package dev.apistatus.core.engine;

import dev.apistatus.core.rule.Family;
import dev.apistatus.core.rule.RuleMetadata;
import dev.apistatus.core.rule.Severity;
import dev.apistatus.core.rule.Target;
import java.util.List;
import java.util.Set;

/**
 * The engine's own findings about its input. They have ids, severities and doc pages like rules, so users
 * can configure and suppress them the same way.
 */
public final class Diagnostics {

    public static final RuleMetadata SPEC_UNREADABLE = new RuleMetadata("spec-unreadable", Set.of(Target.SPEC),
            Severity.ERROR, Family.INPUT,
            "A spec file, or a part of it, could not be read: nothing in it was checked",
            List.of("OpenAPI Specification 3.1.0 §4.3 (format), RFC 8259 (JSON), YAML 1.2"));

    public static final RuleMetadata SUPPRESSION_UNUSED = new RuleMetadata("suppression-unused", Set.of(Target.SPEC, Target.CODE),
            Severity.NOTE, Family.INPUT,
            "An x-apistatus-ignore entry or @SuppressWarnings(\"apistatus:...\") that suppresses nothing: remove it so suppressions stay meaningful",
            List.of());

    public static final RuleMetadata SOURCE_UNPARSABLE = new RuleMetadata("source-unparsable", Set.of(Target.CODE),
            Severity.WARNING, Family.INPUT,
            "A Java source file could not be read or parsed: the code rules did not see it",
            List.of("The Java Language Specification (Java SE 17-25)"));

    public static final List<RuleMetadata> ALL = List.of(SPEC_UNREADABLE, SUPPRESSION_UNUSED, SOURCE_UNPARSABLE);

    private Diagnostics() {
    }
}
