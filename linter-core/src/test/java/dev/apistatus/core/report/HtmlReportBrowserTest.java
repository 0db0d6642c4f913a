package dev.apistatus.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apistatus.core.engine.FailThreshold;
import dev.apistatus.core.engine.LintResult;
import dev.apistatus.core.rule.Severity;
import dev.apistatus.core.testing.Chromium;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Opens the HTML report in a real headless Chromium (Debian's {@code chromium}; {@code .ci/run} installs it): the
 * findings are on screen, a mouse click on a severity checkbox filters them, the URL fragment filters by rule, and
 * screenshots are saved to {@code target/browser/}. Skips only when no browser is installed and
 * {@value Chromium#REQUIRE_ENV} is not set.
 */
class HtmlReportBrowserTest {

    private static final Path OUT = Path.of("target/browser");

    @Test
    void findingsAreVisibleAndTheFiltersWork() throws Exception {
        Optional<Path> browser = Chromium.find();
        if (browser.isEmpty()) {
            if (System.getenv(Chromium.REQUIRE_ENV) != null) {
                fail("no Chromium found, and " + Chromium.REQUIRE_ENV + " is set: install it (apt-get install chromium)");
            }
            Assumptions.abort("no Chromium installed (apt-get install chromium); .ci/run installs it");
        }

        LintResult result = ReportFixtures.sample();
        Path project = OUT.resolve("project").toAbsolutePath();
        Files.createDirectories(project.resolve("api"));
        StringBuilder spec = new StringBuilder();
        for (int i = 1; i <= 60; i++) {
            spec.append(i == 12 ? "    get: # the twelfth line" : "# line " + i).append('\n');
        }
        Files.writeString(project.resolve(ReportFixtures.SPEC), spec);
        Path report = OUT.resolve("apistatus.html").toAbsolutePath();
        try (Writer out = Files.newBufferedWriter(report, StandardCharsets.UTF_8)) {
            new HtmlReporter(new ReportContext(project, List.of(ReportFixtures.SPEC), FailThreshold.ERROR))
                    .write(result, out);
        }
        String url = report.toUri().toString();
        int total = result.findings().size();
        int errors = (int) result.count(Severity.ERROR);

        try (Chromium chromium = Chromium.start(browser.get(), 1200, 900)) {
            chromium.navigate(url);
            assertThat(visible(chromium)).isEqualTo(total);
            assertThat(chromium.evaluate("document.getElementById('shown').textContent").asText())
                    .isEqualTo(total + " of " + total + " findings shown");
            String text = chromium.evaluate("document.body.innerText").asText();
            assertThat(text).contains("GET /pets declares no 2xx response; add one (e.g. 200).",
                    "get: # the twelfth line", "success-response-missing");
            // on screen, not only in the DOM
            JsonNode box = chromium.evaluate("(function () { var r = document.querySelector('.finding')"
                    + ".getBoundingClientRect(); return [r.width, r.height]; })()");
            assertThat(box.get(0).asDouble()).isGreaterThan(100);
            assertThat(box.get(1).asDouble()).isGreaterThan(20);
            chromium.screenshot(OUT.resolve("apistatus-report.png"), true);

            // a user's clicks: untick warning and note, only the errors stay
            chromium.click("#filter-warning");
            chromium.click("#filter-note");
            chromium.waitFor("document.body.getAttribute('data-shown') === '" + errors + "'");
            assertThat(visible(chromium)).isEqualTo(errors);
            assertThat(chromium.evaluate("Array.prototype.map.call(document.querySelectorAll('.finding:not([hidden])'),"
                    + " function (f) { return f.getAttribute('data-severity'); }).join()").asText())
                    .isEqualTo(String.join(",", java.util.Collections.nCopies(errors, "error")));
            assertThat(chromium.evaluate("location.hash").asText()).isEqualTo("#severity=error");
            // the Java file has no error: its whole section is hidden
            assertThat(chromium.evaluate("document.querySelector('section.file[data-file=\"" + ReportFixtures.JAVA
                    + "\"]').hidden").asBoolean()).isTrue();
            chromium.screenshot(OUT.resolve("apistatus-report-errors.png"), false);

            // the fragment filters too: a link to one rule's findings
            chromium.navigate(url + "#rule=problem-details-media-type");
            chromium.waitFor("document.body.getAttribute('data-shown') === '1'");
            assertThat(chromium.evaluate("document.getElementById('filter-rule').value").asText())
                    .isEqualTo("problem-details-media-type");
            assertThat(chromium.evaluate("document.getElementById('filter-warning').checked").asBoolean()).isTrue();
        }
        assertThat(Files.size(OUT.resolve("apistatus-report.png"))).isGreaterThan(10_000);
    }

    private static int visible(Chromium chromium) throws IOException {
        // hidden findings and findings in hidden sections take no space
        return chromium.evaluate("Array.prototype.filter.call(document.querySelectorAll('.finding'),"
                + " function (f) { return f.offsetParent !== null; }).length").asInt();
    }
}
