package dev.apistatus.core.rule;

import dev.apistatus.core.model.ApiModel;
import dev.apistatus.core.model.SourceLocation;
import java.util.List;

/** What a rule gets for one run: the model, its options, and a way to report. */
public interface RuleContext {

    ApiModel model();

    RuleOptions options();

    /** Reports a finding of this rule at the given location, with the configured severity. */
    void report(SourceLocation location, String message);

    /** Reports a finding with related locations (e.g. the operations that share a component). */
    void report(SourceLocation location, String message, List<SourceLocation> related);
}
