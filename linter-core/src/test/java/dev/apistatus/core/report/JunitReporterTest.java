package dev.apistatus.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apistatus.core.engine.FailThreshold;
import dev.apistatus.core.engine.LintResult;
import dev.apistatus.core.model.SourceLocation;
import dev.apistatus.core.rule.Finding;
import dev.apistatus.core.rule.Severity;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JunitReporterTest {

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> elements(Document doc, String name) {
        NodeList nodes = doc.getElementsByTagName(name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    @Test
    void oneTestCasePerRulePerFileFailingAtFailOn() throws Exception {
        ReportContext context = new ReportContext(null, List.of("api/clean.yaml", ReportFixtures.SPEC),
                FailThreshold.ERROR);
        Document doc = parse(ReportFixtures.write(new JunitReporter(context), ReportFixtures.sample()));

        List<String> suites = elements(doc, "testsuite").stream().map(e -> e.getAttribute("name")).toList();
        assertThat(suites).containsExactly("api/clean.yaml", "api/openapi.yaml", "api/other spec.yaml",
                ReportFixtures.JAVA);

        // a clean spec: one passing case per spec rule that ran
        Element clean = elements(doc, "testsuite").get(0);
        assertThat(clean.getAttribute("tests")).isEqualTo("3");
        assertThat(clean.getAttribute("failures")).isEqualTo("0");

        // the spec with findings: success-response-missing (errors) fails, problem-details-media-type (warning) passes
        List<Element> cases = elements(doc, "testcase").stream()
                .filter(e -> e.getAttribute("classname").equals(ReportFixtures.SPEC)).toList();
        assertThat(cases).extracting(e -> e.getAttribute("name"))
                .containsExactly("problem-details-media-type", "spec-unreadable", "success-response-missing");
        Element failing = cases.get(2);
        Element failure = (Element) failing.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("type")).isEqualTo("error");
        assertThat(failure.getAttribute("message")).startsWith("2 findings of success-response-missing: ");
        assertThat(failure.getTextContent()).contains("api/openapi.yaml:12:9: error [success-response-missing]",
                "api/openapi.yaml:52:9: error [success-response-missing]");
        Element warning = cases.get(0);
        assertThat(warning.getElementsByTagName("failure").getLength()).isZero();
        assertThat(warning.getElementsByTagName("system-out").item(0).getTextContent())
                .startsWith("api/openapi.yaml:40:11: warning [problem-details-media-type]");

        // the Java file gets the rules that read code
        List<String> javaCases = elements(doc, "testcase").stream()
                .filter(e -> e.getAttribute("classname").equals(ReportFixtures.JAVA))
                .map(e -> e.getAttribute("name")).toList();
        assertThat(javaCases).containsExactly("problem-details-media-type", "retry-non-idempotent");

        Element root = doc.getDocumentElement();
        int tests = elements(doc, "testcase").size();
        assertThat(root.getAttribute("tests")).isEqualTo(String.valueOf(tests));
        assertThat(root.getAttribute("failures")).isEqualTo(String.valueOf(
                elements(doc, "failure").size()));
    }

    @Test
    void withoutContextEveryFindingFailsAndTextIsEscaped() throws Exception {
        LintResult result = new LintResult(List.of(new Finding("success-response-missing", Severity.NOTE,
                "a <b> & \"c\" \u0001 d", new SourceLocation("x.yaml", 3, 1, "/p"), List.of())),
                ReportFixtures.rules(), 1);
        String xml = ReportFixtures.write(new JunitReporter(), result);
        Document doc = parse(xml);
        assertThat(elements(doc, "failure")).hasSize(1);
        assertThat(elements(doc, "failure").get(0).getAttribute("type")).isEqualTo("note");
        assertThat(xml).contains("a &lt;b&gt; &amp; &quot;c&quot;  d");
        assertThat(xml).isEqualTo(ReportFixtures.write(new JunitReporter(), result));
    }
}
