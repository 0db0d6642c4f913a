package dev.apistatus.cli;

import dev.apistatus.core.engine.Engine;
import dev.apistatus.core.rule.RuleMetadata;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** {@code rules}: every rule and diagnostic, with its default severity, family, what it reads and its summary. */
final class RulesCommand {

    static final Args.Command COMMAND = new Args.Command("rules",
            "List every rule with its default severity; 'explain <rule-id>' prints one rule's page.", List.of(), null);

    private RulesCommand() {
    }

    static int run(PrintWriter out) {
        List<RuleMetadata> rules = Engine.discover().metadata();
        int idWidth = rules.stream().mapToInt(r -> r.id().length()).max().orElse(4);
        out.println(pad("rule", idWidth) + "  default  " + pad("family", 16) + "  " + pad("reads", 10) + "  summary");
        for (RuleMetadata rule : rules) {
            String reads = rule.targets().stream().sorted().map(t -> t.name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(","));
            out.println(pad(rule.id(), idWidth) + "  " + pad(rule.defaultSeverity().label(), 7) + "  "
                    + pad(rule.family().title(), 16) + "  " + pad(reads, 10) + "  " + rule.summary()
                    + (rule.options().isEmpty() ? "" : " [options: " + String.join(", ", rule.options()) + "]"));
        }
        out.flush();
        return Main.CLEAN;
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
