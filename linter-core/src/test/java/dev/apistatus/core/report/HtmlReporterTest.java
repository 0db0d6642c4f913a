package dev.apistatus.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apistatus.core.engine.FailThreshold;
import dev.apistatus.core.engine.LintResult;
import dev.apistatus.core.model.SourceLocation;
import dev.apistatus.core.rule.Finding;
import dev.apistatus.core.rule.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReporterTest {

    @TempDir
    Path project;

    private String render(LintResult result) throws IOException {
        Files.createDirectories(project.resolve("api"));
        StringBuilder spec = new StringBuilder();
        for (int i = 1; i <= 60; i++) {
            spec.append(i == 12 ? "      responses: # <b>line twelve</b>" : "line " + i).append('\n');
        }
        Files.writeString(project.resolve(ReportFixtures.SPEC), spec);
        return ReportFixtures.write(new HtmlReporter(new ReportContext(project, List.of(ReportFixtures.SPEC),
                FailThreshold.ERROR)), result);
    }

    @Test
    void groupsFindingsByFileAndQuotesTheLineEscaped() throws IOException {
        String html = render(ReportFixtures.sample());
        assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
        // files in the engine's order, each once
        List<String> files = all(html, "<section class=\"file\" data-file=\"([^\"]+)\"");
        assertThat(files).containsExactly("api/openapi.yaml", "api/other spec.yaml", ReportFixtures.JAVA);
        assertThat(all(html, "<article class=\"finding sev-(\\w+)\"")).hasSize(ReportFixtures.sample().findings().size());
        assertThat(html).contains("<pre class=\"source\"><span class=\"ln\">12</span>      responses: # &lt;b&gt;line"
                + " twelve&lt;/b&gt;</pre>");
        // a file that cannot be read is shown without a line
        assertThat(html).contains("api/other spec.yaml:7:5</span>");
        assertThat(html).contains("<a class=\"rule\" href=\"https://github.com/apistatus/apistatus/blob/main/docs/rules/"
                + "success-response-missing.md\">success-response-missing</a>");
    }

    @Test
    void summarisesPerSeverityAndFamilyAndOffersFilters() throws IOException {
        String html = render(ReportFixtures.sample());
        LintResult sample = ReportFixtures.sample();
        assertThat(html).contains("<span class=\"n\" id=\"count-error\">" + sample.count(Severity.ERROR) + "</span>");
        assertThat(html).contains("<span class=\"n\" id=\"count-warning\">" + sample.count(Severity.WARNING) + "</span>");
        assertThat(html).contains("<tr><td>status codes</td>", "<tr><td>problem details</td>", "<tr><td>retries</td>");
        assertThat(html).contains("<input type=\"checkbox\" name=\"severity\" value=\"note\" id=\"filter-note\" checked>");
        assertThat(html).contains("<option value=\"success-response-missing\">success-response-missing (3)</option>");
    }

    @Test
    void loadsNothingFromOutside() throws IOException {
        String html = render(ReportFixtures.sample());
        assertThat(html).doesNotContain("<link", " src=", "@import", "url(");
        assertThat(html).contains("Content-Security-Policy\" content=\"default-src 'none';");
        // the only absolute URLs are links a reader may follow
        Matcher urls = Pattern.compile("https?://[^\"<\\s]+").matcher(html);
        while (urls.find()) {
            int at = urls.start();
            assertThat(html.substring(Math.max(0, at - 7), at)).as(urls.group())
                    .matches("(?s).*(href=\"|\">)$");
        }
    }

    @Test
    void escapesMessagesAndIsDeterministic() throws IOException {
        LintResult result = new LintResult(List.of(new Finding("success-response-missing", Severity.ERROR,
                "<script>alert('x')</script> & \"quotes\"", new SourceLocation("a\"b.yaml", 1, 1, "/x"), List.of())),
                ReportFixtures.rules(), 1);
        String html = render(result);
        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;");
        assertThat(html).contains("data-file=\"a&quot;b.yaml\"");
        assertThat(html).isEqualTo(render(result));
        assertThat(html).doesNotContain(project.toString());
    }

    @Test
    void aCleanRunSaysSoWithoutFilters() throws IOException {
        String html = render(ReportFixtures.empty(2));
        assertThat(html).contains("<p class=\"headline\">No findings in 2 spec files.</p>");
        assertThat(html).doesNotContain("id=\"filters\"", "class=\"finding");
        assertThat(html).contains("<section id=\"rules\">");
    }

    private static List<String> all(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
