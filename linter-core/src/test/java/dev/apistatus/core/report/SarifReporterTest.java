package dev.apistatus.core.report;

import static dev.apistatus.core.report.ReportFixtures.spec;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apistatus.core.engine.LintResult;
import dev.apistatus.core.model.SourceLocation;
import dev.apistatus.core.rule.Finding;
import dev.apistatus.core.rule.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class SarifReporterTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final SarifReporter reporter = new SarifReporter();

    @Test
    void namesItsFormatAndFile() {
        assertThat(reporter.format()).isEqualTo("sarif");
        assertThat(reporter.fileName()).isEqualTo("apistatus.sarif");
    }

    @Test
    void validatesAgainstTheSarifSchema() throws Exception {
        assertThat(SarifSchema.canFetchRemotely()).isFalse();
        assertThat(SarifSchema.validate(ReportFixtures.write(reporter, ReportFixtures.sample()))).isEmpty();
        assertThat(SarifSchema.validate(ReportFixtures.write(reporter, ReportFixtures.empty(0)))).isEmpty();
    }

    @Test
    void theSchemaRejectsBrokenSarif() throws Exception {
        ObjectNode log = (ObjectNode) MAPPER.readTree(ReportFixtures.write(reporter, ReportFixtures.sample()));
        ((ObjectNode) log.at("/runs/0/results/0")).put("level", "fatal");
        assertThat(SarifSchema.validate(MAPPER.writeValueAsString(log)))
                .extracting(e -> e.getInstanceLocation().toString())
                .containsExactly("/runs/0/results/0/level");

        ObjectNode noMessage = (ObjectNode) MAPPER.readTree(ReportFixtures.write(reporter, ReportFixtures.sample()));
        ((ObjectNode) noMessage.at("/runs/0/results/1")).remove("message");
        assertThat(SarifSchema.validate(MAPPER.writeValueAsString(noMessage))).isNotEmpty();

        ObjectNode badVersion = (ObjectNode) MAPPER.readTree(ReportFixtures.write(reporter, ReportFixtures.empty(1)));
        badVersion.put("version", "2.0.0");
        assertThat(SarifSchema.validate(MAPPER.writeValueAsString(badVersion))).isNotEmpty();

        ObjectNode badLine = (ObjectNode) MAPPER.readTree(ReportFixtures.write(reporter, ReportFixtures.sample()));
        ((ObjectNode) badLine.at("/runs/0/results/0/locations/0/physicalLocation/region")).put("startLine", 0);
        assertThat(SarifSchema.validate(MAPPER.writeValueAsString(badLine))).isNotEmpty();
    }

    @Test
    void logRunAndDriver() throws Exception {
        JsonNode log = MAPPER.readTree(ReportFixtures.write(reporter, ReportFixtures.sample()));
        assertThat(log.get("$schema").asText()).isEqualTo("https://json.schemastore.org/sarif-2.1.0.json");
        assertThat(log.get("version").asText()).isEqualTo("2.1.0");
        assertThat(log.get("runs")).hasSize(1);
        JsonNode run = log.at("/runs/0");
        assertThat(run.has("originalUriBaseIds")).isFalse();
        JsonNode driver = run.at("/tool/driver");
        assertThat(driver.get("name").asText()).isEqualTo("apistatus");
        assertThat(driver.get("version").asText()).isEqualTo(ToolInfo.VERSION);
        assertThat(driver.get("semanticVersion").asText()).isEqualTo(ToolInfo.VERSION);
        assertThat(driver.get("informationUri").asText()).isEqualTo("https://github.com/apistatus/apistatus");

        JsonNode rules = driver.get("rules");
        assertThat(rules).hasSize(4);
        JsonNode problem = rules.get(0);
        assertThat(problem.get("id").asText()).isEqualTo("problem-details-media-type");
        assertThat(problem.get("name").asText()).isEqualTo("ProblemDetailsMediaType");
        assertThat(problem.at("/shortDescription/text").asText())
                .isEqualTo("Error responses use application/problem+json.");
        assertThat(problem.get("helpUri").asText()).isEqualTo(ReportFixtures.PROBLEM_MEDIA_TYPE.helpUri());
        assertThat(problem.at("/defaultConfiguration/level").asText()).isEqualTo("warning");
        assertThat(problem.at("/properties/tags").toString()).isEqualTo("[\"problem details\",\"spec\",\"code\"]");
        assertThat(rules.get(3).get("name").asText()).isEqualTo("SuccessResponseMissing");
        assertThat(rules.get(3).at("/defaultConfiguration/level").asText()).isEqualTo("error");
    }

    @Test
    void resultsCarryRuleLevelLocationPointerAndRelatedLocations() throws Exception {
        JsonNode run = MAPPER.readTree(ReportFixtures.write(reporter, ReportFixtures.sample())).at("/runs/0");
        JsonNode results = run.get("results");
        assertThat(results).hasSize(5);

        for (JsonNode result : results) {
            int index = result.get("ruleIndex").asInt();
            assertThat(run.at("/tool/driver/rules/" + index + "/id").asText()).isEqualTo(result.get("ruleId").asText());
        }

        JsonNode first = results.get(0);
        assertThat(first.get("ruleId").asText()).isEqualTo("success-response-missing");
        assertThat(first.get("ruleIndex").asInt()).isEqualTo(3);
        assertThat(first.get("level").asText()).isEqualTo("error");
        assertThat(first.at("/message/text").asText()).isEqualTo("GET /pets declares no 2xx response; add one (e.g. 200).");
        JsonNode physical = first.at("/locations/0/physicalLocation");
        assertThat(physical.at("/artifactLocation/uri").asText()).isEqualTo("api/openapi.yaml");
        assertThat(physical.at("/artifactLocation/uriBaseId").asText()).isEqualTo("%SRCROOT%");
        assertThat(physical.at("/region/startLine").asInt()).isEqualTo(12);
        assertThat(physical.at("/region/startColumn").asInt()).isEqualTo(9);
        JsonNode logical = first.at("/locations/0/logicalLocations/0");
        assertThat(logical.get("fullyQualifiedName").asText()).isEqualTo("/paths/~1pets/get/responses");
        assertThat(logical.get("name").asText()).isEqualTo("responses");
        assertThat(logical.get("kind").asText()).isEqualTo("property");
        assertThat(first.at("/properties/jsonPointer").asText()).isEqualTo("/paths/~1pets/get/responses");
        assertThat(first.has("relatedLocations")).isFalse();

        JsonNode withRelated = results.get(1);
        assertThat(withRelated.get("level").asText()).isEqualTo("warning");
        JsonNode related = withRelated.get("relatedLocations");
        assertThat(related).hasSize(2);
        assertThat(related.get(0).get("id").asInt()).isEqualTo(1);
        assertThat(related.get(1).get("id").asInt()).isEqualTo(2);
        assertThat(related.at("/0/physicalLocation/region/startLine").asInt()).isEqualTo(14);
        assertThat(related.at("/0/logicalLocations/0/fullyQualifiedName").asText())
                .isEqualTo("/paths/~1pets~1{id}/get/responses/404");
        assertThat(related.at("/0/logicalLocations/0/name").asText()).isEqualTo("404");
        assertThat(related.at("/0/message/text").asText()).isEqualTo("Related: /paths/~1pets~1{id}/get/responses/404");

        JsonNode spaced = results.get(3);
        assertThat(spaced.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo("api/other%20spec.yaml");

        JsonNode java = results.get(4);
        assertThat(java.get("ruleId").asText()).isEqualTo("retry-non-idempotent");
        assertThat(java.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo("src/main/java/com/acme/PetClient.java");
        assertThat(java.at("/locations/0").has("logicalLocations")).isFalse();
        assertThat(java.has("properties")).isFalse();
        assertThat(java.at("/relatedLocations/0/message/text").asText())
                .isEqualTo("Related: src/main/java/com/acme/PetClient.java:22:5");

        for (JsonNode result : results) {
            assertThat(result.at("/partialFingerprints/apistatusFingerprint~1v1").asText()).matches("[0-9a-f]{32}");
        }
    }

    @Test
    void aFindingOfARuleMissingFromTheRulesListHasNoRuleIndex() throws Exception {
        LintResult result = new LintResult(List.of(new Finding("unknown-rule", Severity.NOTE, "Hm.",
                spec(1, 1, ""), List.of())), ReportFixtures.rules(), 1);
        String sarif = ReportFixtures.write(reporter, result);
        JsonNode first = MAPPER.readTree(sarif).at("/runs/0/results/0");
        assertThat(first.has("ruleIndex")).isFalse();
        assertThat(first.get("level").asText()).isEqualTo("note");
        assertThat(first.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText()).isEmpty();
        assertThat(first.at("/locations/0/logicalLocations/0/kind").asText()).isEqualTo("object");
        assertThat(SarifSchema.validate(sarif)).isEmpty();
    }

    @Test
    void noAbsolutePathsAndDeterministic() throws Exception {
        String once = ReportFixtures.write(reporter, ReportFixtures.sample());
        assertThat(ReportFixtures.write(new SarifReporter(), ReportFixtures.sample())).isEqualTo(once);
        assertThat(once).doesNotContain("file:").doesNotContain("\r").endsWith("}\n")
                .doesNotContain(System.getProperty("user.dir"));
    }

    @Test
    void fingerprintIgnoresLinesButNotMessagesFilesOrRules() {
        Finding a = finding("rule-a", "api/x.yaml", 3, "Response 404 has no body.");
        Finding sameMessageOtherLine = finding("rule-a", "api/x.yaml", 90, "Response 404 has no body.");
        Finding otherMessage = finding("rule-a", "api/x.yaml", 90, "Response 409 has no body.");
        Finding otherFile = finding("rule-a", "api/y.yaml", 3, "Response 404 has no body.");
        Finding otherRule = finding("rule-b", "api/x.yaml", 3, "Response 404 has no body.");

        assertThat(SarifReporter.fingerprint(sameMessageOtherLine)).isEqualTo(SarifReporter.fingerprint(a));
        assertThat(SarifReporter.fingerprint(otherMessage)).isNotEqualTo(SarifReporter.fingerprint(a));
        assertThat(SarifReporter.fingerprint(otherFile)).isNotEqualTo(SarifReporter.fingerprint(a));
        assertThat(SarifReporter.fingerprint(otherRule)).isNotEqualTo(SarifReporter.fingerprint(a));
        // The separator keeps ("ab", "c") and ("a", "bc") apart.
        assertThat(SarifReporter.fingerprint(finding("r", "ab", 1, "c")))
                .isNotEqualTo(SarifReporter.fingerprint(finding("r", "a", 1, "bc")));
    }

    @Test
    void fingerprintsInTheReportFollowTheSameRule() throws Exception {
        LintResult result = new LintResult(List.of(
                finding("rule-a", "api/x.yaml", 3, "Same."),
                finding("rule-a", "api/x.yaml", 9, "Same."),
                finding("rule-a", "api/x.yaml", 12, "Different.")), ReportFixtures.rules(), 1);
        JsonNode results = MAPPER.readTree(ReportFixtures.write(reporter, result)).at("/runs/0/results");
        String key = "/partialFingerprints/apistatusFingerprint~1v1";
        assertThat(results.get(1).at(key).asText()).isEqualTo(results.get(0).at(key).asText());
        assertThat(results.get(2).at(key).asText()).isNotEqualTo(results.get(0).at(key).asText());
    }

    @Test
    void helpers() {
        assertThat(SarifReporter.pascalCase("success-response-missing")).isEqualTo("SuccessResponseMissing");
        assertThat(SarifReporter.pascalCase("status-429-retry-after")).isEqualTo("Status429RetryAfter");
        assertThat(SarifReporter.uri("api/v1/open api#1.yaml")).isEqualTo("api/v1/open%20api%231.yaml");
        assertThat(SarifReporter.uri("spécs/a:b.yaml")).isEqualTo("sp%C3%A9cs/a%3Ab.yaml");
        assertThat(SarifReporter.uri("api\\openapi.yaml")).isEqualTo("api/openapi.yaml");
        assertThat(SarifReporter.lastToken("/paths/~1pets~1{id}/get")).isEqualTo("get");
        assertThat(SarifReporter.lastToken("/paths/~1pets~1{id}")).isEqualTo("/pets/{id}");
        assertThat(SarifReporter.lastToken("/a/~01")).isEqualTo("~1");
        assertThat(SarifReporter.lastToken("")).isNull();
    }

    @Test
    void aLocationWithoutALineHasNoRegion() throws Exception {
        LintResult result = new LintResult(List.of(new Finding("success-response-missing", Severity.ERROR, "x",
                new SourceLocation("api/broken.yaml", 0, 0, null), List.of())), ReportFixtures.rules(), 1);
        String sarif = ReportFixtures.write(reporter, result);
        assertThat(MAPPER.readTree(sarif).at("/runs/0/results/0/locations/0/physicalLocation").has("region")).isFalse();
        assertThat(SarifSchema.validate(sarif)).isEmpty();
    }

    private static Finding finding(String rule, String file, int line, String message) {
        return new Finding(rule, Severity.WARNING, message, new SourceLocation(file, line, 1, null), List.of());
    }
}
