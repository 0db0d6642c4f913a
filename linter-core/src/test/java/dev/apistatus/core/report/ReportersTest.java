package dev.apistatus.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportersTest {

    @Test
    void versionIsStampedOrFallsBack() {
        assertThat(ToolInfo.VERSION).isNotBlank().doesNotContain("${");
        assertThat(ToolInfo.isSemanticVersion(ToolInfo.VERSION)).isTrue();
        assertThat(ToolInfo.usable("${project.version}")).isFalse();
        assertThat(ToolInfo.usable(" ")).isFalse();
        assertThat(ToolInfo.usable("1.2.3")).isTrue();
    }

    @Test
    void semanticVersions() {
        assertThat(ToolInfo.isSemanticVersion("0.1.0-SNAPSHOT")).isTrue();
        assertThat(ToolInfo.isSemanticVersion("1.0.0")).isTrue();
        assertThat(ToolInfo.isSemanticVersion("1.0.0+build.5")).isTrue();
        assertThat(ToolInfo.isSemanticVersion("1.0")).isFalse();
        assertThat(ToolInfo.isSemanticVersion("01.0.0")).isFalse();
    }

    @Test
    void reportersByFormat() {
        assertThat(Reporters.forFormat("SARIF")).get().isInstanceOf(SarifReporter.class);
        assertThat(Reporters.forFormat(" json ")).get().isInstanceOf(JsonReporter.class);
        assertThat(Reporters.forFormat("console")).get().isInstanceOf(ConsoleReporter.class);
        assertThat(Reporters.forFormat("html")).get().isInstanceOf(HtmlReporter.class);
        assertThat(Reporters.forFormat("JUnit")).get().isInstanceOf(JunitReporter.class);
        assertThat(Reporters.forFormat("pdf")).isEmpty();
        assertThat(Reporters.formats()).isEqualTo("console, json, sarif, html, junit");
    }
}
