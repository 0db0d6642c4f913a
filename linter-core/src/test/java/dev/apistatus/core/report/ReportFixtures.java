package dev.apistatus.core.report;

import dev.apistatus.core.engine.LintResult;
import dev.apistatus.core.model.SourceLocation;
import dev.apistatus.core.rule.Family;
import dev.apistatus.core.rule.Finding;
import dev.apistatus.core.rule.RuleMetadata;
import dev.apistatus.core.rule.Severity;
import dev.apistatus.core.rule.Target;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Lint results built by hand for the reporter tests. */
final class ReportFixtures {

    static final RuleMetadata SUCCESS_MISSING = new RuleMetadata("success-response-missing",
            Set.of(Target.SPEC), Severity.ERROR, Family.STATUS,
            "Every operation declares at least one 2xx response.", List.of("RFC 9110 §15.3"));
    static final RuleMetadata PROBLEM_MEDIA_TYPE = new RuleMetadata("problem-details-media-type",
            Set.of(Target.SPEC, Target.CODE), Severity.WARNING, Family.PROBLEM_DETAILS,
            "Error responses use application/problem+json.", List.of("RFC 9457 §3", "RFC 9457 §6.1"));
    static final RuleMetadata RETRY_UNSAFE = new RuleMetadata("retry-non-idempotent",
            Set.of(Target.CLIENT), Severity.WARNING, Family.RETRY,
            "Clients do not retry non-idempotent requests blindly.", List.of());
    static final RuleMetadata SPEC_UNREADABLE = new RuleMetadata("spec-unreadable",
            Set.of(Target.SPEC), Severity.ERROR, Family.INPUT,
            "A spec file could not be read.", List.of());

    static final String SPEC = "api/openapi.yaml";
    static final String JAVA = "src/main/java/com/acme/PetClient.java";

    private ReportFixtures() {
    }

    static SourceLocation spec(int line, int column, String pointer) {
        return new SourceLocation(SPEC, line, column, pointer);
    }

    /** Spec findings (with pointers, one with related locations) and Java findings (no pointer), sorted. */
    static LintResult sample() {
        List<Finding> findings = new ArrayList<>(List.of(
                new Finding("success-response-missing", Severity.ERROR,
                        "GET /pets declares no 2xx response; add one (e.g. 200).",
                        spec(12, 9, "/paths/~1pets/get/responses"), List.of()),
                new Finding("problem-details-media-type", Severity.WARNING,
                        "Response 404 of the shared component is application/json; use application/problem+json.",
                        spec(40, 11, "/components/responses/NotFound/content/application~1json"),
                        List.of(spec(14, 11, "/paths/~1pets~1{id}/get/responses/404"),
                                spec(30, 11, "/paths/~1pets~1{id}/delete/responses/404"))),
                new Finding("success-response-missing", Severity.ERROR,
                        "DELETE /pets/{id} declares no 2xx response; add one (e.g. 204).",
                        spec(52, 9, "/paths/~1pets~1{id}/delete/responses"), List.of()),
                new Finding("retry-non-idempotent", Severity.WARNING,
                        "POST /orders is retried on any exception; retry only idempotent requests.",
                        new SourceLocation(JAVA, 40, 16, null),
                        List.of(new SourceLocation(JAVA, 22, 5, null))),
                new Finding("success-response-missing", Severity.ERROR,
                        "PUT /pets/{id} declares no 2xx response; add one (e.g. 200).",
                        new SourceLocation("api/other spec.yaml", 7, 5, "/paths/~1pets~1{id}/put/responses"),
                        List.of())));
        findings.sort(null);
        return new LintResult(findings, rules(), 2);
    }

    /** Sorted by id, as the engine hands them over. */
    static List<RuleMetadata> rules() {
        return List.of(PROBLEM_MEDIA_TYPE, RETRY_UNSAFE, SPEC_UNREADABLE, SUCCESS_MISSING);
    }

    static LintResult empty(int specs) {
        return new LintResult(List.of(), rules(), specs);
    }

    static String write(Reporter reporter, LintResult result) throws IOException {
        StringWriter out = new StringWriter();
        reporter.write(result, out);
        return out.toString();
    }
}
