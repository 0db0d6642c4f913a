package dev.apistatus.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apistatus.core.engine.Engine;
import dev.apistatus.core.rule.RuleMetadata;
import dev.apistatus.core.rule.RuleOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every option a rule reads ({@code context.options().getX("name", ...)} or a constant holding the name) is declared
 * in its {@code @RuleDefinition(options = ...)}: the configuration file rejects undeclared options, so an undeclared
 * one could never be set. And every declared option is named in the rule's own class.
 */
class RuleOptionsDeclaredTest {

    /** {@code options().getX("name"} or {@code options().getX(NAME}; also a helper taking the context and a name. */
    private static final Pattern READ = Pattern.compile(
            "(?:\\boptions\\(\\)\\s*\\.\\s*get\\w+|\\boption)\\(\\s*(?:context\\s*,\\s*)?(\"[^\"]+\"|[A-Z][A-Z0-9_]*(?![A-Za-z0-9_]))");
    private static final Pattern CONSTANT = Pattern.compile("static final String ([A-Z][A-Z0-9_]*)\\s*=\\s*\"([^\"]+)\"");

    @Test
    void optionsReadAreDeclaredAndDeclaredOnesAreRead() throws IOException {
        Map<String, RuleMetadata> byClass = new HashMap<>();
        Engine engine = Engine.discover();
        java.util.ServiceLoader.load(dev.apistatus.core.rule.Rule.class)
                .forEach(r -> byClass.put(r.getClass().getSimpleName(), r.metadata()));
        assertThat(byClass).isNotEmpty();
        assertThat(RuleOptions.NONE.values()).isEmpty();

        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                String name = file.getFileName().toString().replace(".java", "");
                RuleMetadata rule = byClass.get(name);
                Map<String, String> constants = new HashMap<>();
                Matcher c = CONSTANT.matcher(source);
                while (c.find()) {
                    constants.put(c.group(1), c.group(2));
                }
                Set<String> read = new TreeSet<>();
                Matcher m = READ.matcher(source);
                while (m.find()) {
                    String token = m.group(1);
                    read.add(token.startsWith("\"") ? token.substring(1, token.length() - 1)
                            : constants.getOrDefault(token, token));
                }
                if (rule == null) {
                    continue; // a helper: the rule that passes it its options declares them
                }
                assertThat(rule.options()).as(rule.id() + " declares the options it reads").containsAll(read);
                for (String option : rule.options()) {
                    assertThat(source).as(rule.id() + " reads its declared option " + option)
                            .contains("\"" + option + "\"");
                }
            }
        }
        assertThat(engine.metadata()).anyMatch(m -> !m.options().isEmpty());
    }
}
