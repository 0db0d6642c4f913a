package dev.apistatus.core.engine;

import com.github.javaparser.Position;
import com.github.javaparser.Range;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import dev.apistatus.core.code.Annotations;
import dev.apistatus.core.code.JavaProject;
import dev.apistatus.core.model.SourceLocation;
import dev.apistatus.core.rule.Finding;
import dev.apistatus.core.rule.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Inline suppressions in Java sources: {@code @SuppressWarnings("apistatus:<rule-id>")} on a class, method,
 * constructor or field drops that rule's findings located inside the declaration (its annotations included);
 * {@code @SuppressWarnings("apistatus")} drops every apistatus finding there. Entries that name no rule, or a rule
 * that ran and found nothing there, are reported as {@code suppression-unused}.
 */
final class CodeSuppressions {

    static final String PREFIX = "apistatus";

    /** One {@code @SuppressWarnings} naming apistatus rules; an empty id set means all of them. */
    private record Entry(String file, Range range, Set<String> ids, SourceLocation at) {

        boolean covers(SourceLocation l) {
            return l.file().equals(file) && range.contains(new Position(l.line(), l.column()));
        }
    }

    private CodeSuppressions() {
    }

    /**
     * @param unusedSeverity the severity of {@code suppression-unused}, or null when it is off
     */
    static List<Finding> apply(List<Finding> findings, JavaProject project, Set<String> ran, Set<String> known,
                               Severity unusedSeverity) {
        List<Entry> entries = new ArrayList<>();
        for (CompilationUnit unit : project.parsedUnits()) {
            String file = project.fileOf(unit);
            for (AnnotationExpr a : unit.findAll(AnnotationExpr.class, x -> x.getName().getIdentifier().equals("SuppressWarnings"))) {
                Node owner = a.getParentNode().orElse(null);
                if (!(owner instanceof BodyDeclaration<?>) || owner.getRange().isEmpty()) {
                    continue;
                }
                Set<String> ids = new LinkedHashSet<>();
                boolean ours = false;
                for (Expression e : Annotations.values(a, "value")) {
                    if (e instanceof StringLiteralExpr s) {
                        String v = s.asString().trim();
                        if (v.equals(PREFIX)) {
                            ours = true;
                            ids.clear();
                            ids.add("");
                        } else if (v.startsWith(PREFIX + ":")) {
                            ours = true;
                            ids.add(v.substring(PREFIX.length() + 1).trim());
                        }
                    }
                }
                if (ours) {
                    entries.add(new Entry(file, owner.getRange().get(), ids, project.locate(a)));
                }
            }
        }
        if (entries.isEmpty()) {
            return findings;
        }
        Set<String> used = new HashSet<>();
        List<Finding> kept = new ArrayList<>();
        for (Finding f : findings) {
            String hit = null;
            if (f.location().pointer() == null) {
                for (Entry e : entries) {
                    if (e.covers(f.location()) && (e.ids().contains("") || e.ids().contains(f.ruleId()))) {
                        hit = e.at() + "|" + (e.ids().contains("") ? "" : f.ruleId());
                        break;
                    }
                }
            }
            if (hit == null) {
                kept.add(f);
            } else {
                used.add(hit);
            }
        }
        if (unusedSeverity != null) {
            ran.add(Diagnostics.SUPPRESSION_UNUSED.id());
            Map<String, Boolean> reported = new HashMap<>();
            for (Entry e : entries) {
                for (String id : e.ids()) {
                    if (id.isEmpty() || reported.put(e.at() + "|" + id, Boolean.TRUE) != null) {
                        continue; // "apistatus" alone: what it covers depends on the rules run, never reported
                    }
                    if (!known.contains(id)) {
                        kept.add(new Finding(Diagnostics.SUPPRESSION_UNUSED.id(), unusedSeverity, "@SuppressWarnings names 'apistatus:"
                                + id + "', but '" + id + "' is not a rule" + Engine.suggestion(id, known) + ": fix or remove it",
                                e.at(), List.of()));
                    } else if (ran.contains(id) && !used.contains(e.at() + "|" + id)) {
                        kept.add(new Finding(Diagnostics.SUPPRESSION_UNUSED.id(), unusedSeverity, "@SuppressWarnings(\"apistatus:"
                                + id + "\") suppresses nothing in this declaration: remove it", e.at(), List.of()));
                    }
                }
            }
        }
        return kept;
    }
}
