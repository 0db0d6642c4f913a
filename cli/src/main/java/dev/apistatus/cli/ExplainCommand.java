package dev.apistatus.cli;

import dev.apistatus.core.engine.Engine;
import dev.apistatus.core.rule.RuleMetadata;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code explain <rule-id>}: prints the rule's documentation page, which travels in the jar. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Print a rule's documentation: what it flags, why, examples, options, how to suppress it.")
final class ExplainCommand implements Callable<Integer> {

    /** Where the rule pages are on the class path ({@code docs/rules/<id>.md} of the source tree). */
    static final String DOCS = "/apistatus/docs/rules/";

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "RULE-ID", description = "The rule, e.g. no-content-with-body ('rules' lists them).")
    String ruleId;

    @Override
    public Integer call() throws IOException {
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
            PrintWriter out = spec.commandLine().getOut();
            out.print(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            out.flush();
        }
        return Main.CLEAN;
    }
}
