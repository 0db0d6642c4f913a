package dev.apistatus.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Maven conventions, checked on the descriptor the build generated ({@code META-INF/maven/plugin.xml}): every
 * parameter a user can set has a user property {@code apistatus.<name>}, every goal is thread-safe and documents
 * every parameter (what {@code mvn apistatus:help -Ddetail} prints).
 */
class PluginDescriptorTest {

    /** Parameters set in the POM only, with the property that stands for them on the command line. */
    static final Map<String, String> COMPANIONS = Map.of("rules", "rulesProperty");

    static Document descriptor() throws Exception {
        Path file = Path.of("target/classes/META-INF/maven/plugin.xml");
        assertThat(file).as("the descriptor is generated before the tests run").isRegularFile();
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Files.newInputStream(file));
    }

    static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n instanceof Element e && e.getTagName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }

    static String text(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0).getTextContent().trim();
    }

    @Test
    void everyParameterHasAUserPropertyAndADescription() throws Exception {
        Element plugin = descriptor().getDocumentElement();
        List<Element> mojos = children(children(plugin, "mojos").get(0), "mojo");
        Map<String, List<String>> goals = new LinkedHashMap<>();
        for (Element mojo : mojos) {
            String goal = text(mojo, "goal");
            if (goal.equals("help")) {
                continue;
            }
            assertThat(text(mojo, "threadSafe")).as(goal + " is thread-safe").isEqualTo("true");
            Map<String, String> expressions = new LinkedHashMap<>();
            NodeList configNodes = children(mojo, "configuration").get(0).getChildNodes();
            for (int i = 0; i < configNodes.getLength(); i++) {
                if (configNodes.item(i) instanceof Element e) {
                    expressions.put(e.getTagName(), e.getTextContent().trim());
                }
            }
            List<String> names = new ArrayList<>();
            for (Element parameter : children(children(mojo, "parameters").get(0), "parameter")) {
                String name = text(parameter, "name");
                if ("false".equals(text(parameter, "editable"))) {
                    continue; // ${project}, ${session}, ...
                }
                names.add(name);
                assertThat(text(parameter, "description")).as(goal + " " + name + " is documented").isNotBlank();
                String expected = "${apistatus." + name + "}";
                if (COMPANIONS.containsKey(name)) {
                    assertThat(expressions.get(name)).as(goal + " " + name + " is POM-only").isNullOrEmpty();
                    assertThat(expressions.get(COMPANIONS.get(name))).isEqualTo("${apistatus." + name + "}");
                } else if (COMPANIONS.containsValue(name)) {
                    continue;
                } else {
                    assertThat(expressions.get(name)).as(goal + " " + name + " has a user property").isEqualTo(expected);
                }
            }
            goals.put(goal, names);
        }
        assertThat(goals.keySet()).containsExactlyInAnyOrder("lint", "baseline", "lint-aggregate", "report");
        assertThat(goals.get("lint")).contains("config", "baseline", "failOn", "formats", "maxFindingsPerRule",
                "outputDirectory", "rules", "skip", "sources", "specs", "javaRelease", "maxSpecBytes", "cache");
    }

    @Test
    void theAggregateGoalIsAnAggregator() throws Exception {
        Element plugin = descriptor().getDocumentElement();
        for (Element mojo : children(children(plugin, "mojos").get(0), "mojo")) {
            if (text(mojo, "goal").equals("lint-aggregate")) {
                assertThat(text(mojo, "aggregator")).isEqualTo("true");
                return;
            }
        }
        throw new AssertionError("no lint-aggregate goal");
    }
}
