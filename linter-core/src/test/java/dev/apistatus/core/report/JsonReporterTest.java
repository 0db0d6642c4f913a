package dev.apistatus.core.report;

import static dev.apistatus.core.report.ReportFixtures.spec;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apistatus.core.engine.LintResult;
import dev.apistatus.core.model.SourceLocation;
import dev.apistatus.core.rule.Family;
import dev.apistatus.core.rule.Finding;
import dev.apistatus.core.rule.RuleMetadata;
import dev.apistatus.core.rule.Severity;
import dev.apistatus.core.rule.Target;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonReporterTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final JsonReporter reporter = new JsonReporter();

    @Test
    void namesItsFormatAndFile() {
        assertThat(reporter.format()).isEqualTo("json");
        assertThat(reporter.fileName()).isEqualTo("apistatus.json");
    }

    @Test
    void exactBytesForASmallResult() throws Exception {
        RuleMetadata rule = new RuleMetadata("success-response-missing", Set.of(Target.CROSS, Target.SPEC),
                Severity.ERROR, Family.STATUS, "Every operation declares a 2xx response.", List.of("RFC 9110 §15.3"));
        LintResult result = new LintResult(List.of(
                new Finding("success-response-missing", Severity.ERROR, "GET /pets declares no 2xx \"response\".",
                        spec(12, 9, "/paths/~1pets/get/responses"), List.of(spec(3, 1, "/paths"))),
                new Finding("success-response-missing", Severity.WARNING, "Handler returns 200 only.",
                        new SourceLocation("src/A.java", 4, 5, null), List.of())),
                List.of(rule), 1);
        String expected = """
                {
                  "tool": {
                    "name": "apistatus",
                    "version": "%s"
                  },
                  "summary": {
                    "error": 1,
                    "warning": 1,
                    "note": 0,
                    "specs": 1
                  },
                  "findings": [
                    {
                      "rule": "success-response-missing",
                      "severity": "error",
                      "message": "GET /pets declares no 2xx \\"response\\".",
                      "file": "api/openapi.yaml",
                      "line": 12,
                      "column": 9,
                      "pointer": "/paths/~1pets/get/responses",
                      "related": [
                        {
                          "file": "api/openapi.yaml",
                          "line": 3,
                          "column": 1,
                          "pointer": "/paths"
                        }
                      ]
                    },
                    {
                      "rule": "success-response-missing",
                      "severity": "warning",
                      "message": "Handler returns 200 only.",
                      "file": "src/A.java",
                      "line": 4,
                      "column": 5
                    }
                  ],
                  "rules": [
                    {
                      "id": "success-response-missing",
                      "severity": "error",
                      "family": "status",
                      "targets": [
                        "spec",
                        "cross"
                      ],
                      "summary": "Every operation declares a 2xx response.",
                      "helpUri": "https://github.com/apistatus/apistatus/blob/main/docs/rules/success-response-missing.md",
                      "references": [
                        "RFC 9110 §15.3"
                      ]
                    }
                  ]
                }
                """.formatted(ToolInfo.VERSION);
        assertThat(ReportFixtures.write(reporter, result)).isEqualTo(expected);
    }

    @Test
    void structureParsesBack() throws Exception {
        JsonNode root = MAPPER.readTree(ReportFixtures.write(reporter, ReportFixtures.sample()));

        assertThat(fieldNames(root)).containsExactly("tool", "summary", "findings", "rules");
        assertThat(root.at("/tool/name").asText()).isEqualTo("apistatus");
        assertThat(root.at("/tool/version").asText()).isEqualTo(ToolInfo.VERSION).isNotBlank();
        assertThat(root.get("summary").toString()).isEqualTo("{\"error\":3,\"warning\":2,\"note\":0,\"specs\":2}");

        JsonNode findings = root.get("findings");
        assertThat(findings).hasSize(5);
        JsonNode first = findings.get(0);
        assertThat(fieldNames(first)).containsExactly("rule", "severity", "message", "file", "line", "column", "pointer");
        assertThat(first.get("rule").asText()).isEqualTo("success-response-missing");
        assertThat(first.get("severity").asText()).isEqualTo("error");
        assertThat(first.get("file").asText()).isEqualTo("api/openapi.yaml");
        assertThat(first.get("line").asInt()).isEqualTo(12);
        assertThat(first.get("column").asInt()).isEqualTo(9);
        assertThat(first.get("pointer").asText()).isEqualTo("/paths/~1pets/get/responses");

        JsonNode withRelated = findings.get(1);
        assertThat(withRelated.get("rule").asText()).isEqualTo("problem-details-media-type");
        assertThat(withRelated.get("related")).hasSize(2);
        assertThat(fieldNames(withRelated.get("related").get(0))).containsExactly("file", "line", "column", "pointer");
        assertThat(withRelated.at("/related/1/pointer").asText()).isEqualTo("/paths/~1pets~1{id}/delete/responses/404");

        JsonNode java = findings.get(4);
        assertThat(java.get("file").asText()).isEqualTo("src/main/java/com/acme/PetClient.java");
        assertThat(java.has("pointer")).as("no pointer for Java sources").isFalse();
        assertThat(fieldNames(java.at("/related/0"))).containsExactly("file", "line", "column");

        assertThat(findings.get(2).has("related")).as("no empty related array").isFalse();

        JsonNode rules = root.get("rules");
        assertThat(rules).hasSize(4);
        assertThat(rules.findValuesAsText("id")).containsExactly("problem-details-media-type",
                "retry-non-idempotent", "spec-unreadable", "success-response-missing");
        JsonNode problem = rules.get(0);
        assertThat(fieldNames(problem)).containsExactly("id", "severity", "family", "targets", "summary",
                "helpUri", "references");
        assertThat(problem.get("severity").asText()).isEqualTo("warning");
        assertThat(problem.get("family").asText()).isEqualTo("problem-details");
        assertThat(problem.get("targets").toString()).isEqualTo("[\"spec\",\"code\"]");
        assertThat(problem.get("helpUri").asText()).isEqualTo(ReportFixtures.PROBLEM_MEDIA_TYPE.helpUri());
        assertThat(problem.get("references").toString()).isEqualTo("[\"RFC 9457 §3\",\"RFC 9457 §6.1\"]");
        assertThat(rules.get(1).get("references").isArray()).isTrue();
        assertThat(rules.get(1).get("references")).isEmpty();
    }

    @Test
    void noFindingsGivesEmptyArrays() throws Exception {
        String json = ReportFixtures.write(reporter, ReportFixtures.empty(0));
        assertThat(json).contains("\"findings\": [],");
        JsonNode root = MAPPER.readTree(json);
        assertThat(root.get("findings")).isEmpty();
        assertThat(root.at("/summary/specs").asInt()).isZero();
    }

    @Test
    void isDeterministic() throws Exception {
        String once = ReportFixtures.write(reporter, ReportFixtures.sample());
        assertThat(ReportFixtures.write(new JsonReporter(), ReportFixtures.sample())).isEqualTo(once);
        assertThat(once).doesNotContain("\r").endsWith("}\n");

        // Sets built in other orders (so iterating differently) still give the same bytes.
        List<RuleMetadata> shuffled = new ArrayList<>();
        for (RuleMetadata rule : ReportFixtures.rules()) {
            List<Target> reversed = new ArrayList<>(rule.targets());
            java.util.Collections.reverse(reversed);
            shuffled.add(new RuleMetadata(rule.id(), new LinkedHashSet<>(reversed), rule.defaultSeverity(),
                    rule.family(), rule.summary(), rule.references()));
        }
        LintResult sample = ReportFixtures.sample();
        assertThat(ReportFixtures.write(reporter, new LintResult(sample.findings(), shuffled, sample.specsRead())))
                .isEqualTo(once);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
