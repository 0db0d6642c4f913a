package dev.apistatus.cli;

import dev.apistatus.core.engine.Engine;
import dev.apistatus.core.rule.RuleMetadata;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** {@code explain <rule-id>}: prints the rule's documentation page, which travels in the jar. */
final class ExplainCommand {

    static final Args.Command COMMAND = new Args.Command("explain",
            "Print a rule's documentation: what it flags, why, examples, options, how to suppress it.", List.of(),
            new Args.Parameter("RULE-ID", "The rule, e.g. no-content-with-body ('rules' lists them)."));

    /** Where the rule pages are on the class path ({@code docs/rules/<id>.md} of the source tree). */
    static final String DOCS = "/apistatus/docs/rules/";

    private ExplainCommand() {
    }

    static int run(String ruleId, PrintWriter out) throws IOException {
        Set<String> known = new TreeSet<>();
        Engine.discover().metadata().stream().map(RuleMetadata::id).forEach(known::add);
        String id = ruleId.trim();
        if (!known.contains(id)) {
            throw new Main.UsageException("apistatus: unknown rule '" + id + "'" + Engine.suggestion(id, known)
                    + "; 'rules' lists them");
        }
        try (InputStream in = ExplainCommand.class.getResourceAsStream(DOCS + id + ".md")) {
            if (in == null) {
                throw new Main.UsageException("apistatus: no documentation for " + id + " in this build; see "
                        + RuleMetadata.DOCS_BASE + id + ".md");
            }
            out.print(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            out.flush();
        }
        return Main.CLEAN;
    }
}
