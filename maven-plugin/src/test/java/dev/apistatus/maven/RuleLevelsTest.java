package dev.apistatus.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apistatus.core.engine.RuleSetting;
import dev.apistatus.core.rule.Severity;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleLevelsTest {

    @Test
    void pomLevelsBecomeSettings() {
        Map<String, RuleSetting> settings = RuleLevels.parse(
                Map.of("error-body-not-problem-details", "off", "success-response-missing", " Warning "), null);
        assertThat(settings.get("error-body-not-problem-details").enabled()).isFalse();
        assertThat(settings.get("success-response-missing").severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void thePropertyWinsForTheIdsItNames() {
        Map<String, RuleSetting> settings = RuleLevels.parse(Map.of("a", "off", "b", "note"), " a = error ,c=warning,");
        assertThat(settings.get("a").severity()).isEqualTo(Severity.ERROR);
        assertThat(settings.get("b").severity()).isEqualTo(Severity.NOTE);
        assertThat(settings.get("c").severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void nothingConfiguredIsNoSetting() {
        assertThat(RuleLevels.parse(null, null)).isEmpty();
        assertThat(RuleLevels.parse(Map.of(), " ")).isEmpty();
    }

    @Test
    void badLevelsNameTheSettingAndTheRule() {
        assertThatThrownBy(() -> RuleLevels.parse(Map.of("success-response-missing", "fatal"), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("<rules> entry 'success-response-missing': unknown rule level 'fatal': use off, error,"
                        + " warning or note");
        assertThatThrownBy(() -> RuleLevels.parse(null, "success-response-missing=loud"))
                .hasMessageStartingWith("apistatus.rules entry 'success-response-missing': unknown rule level 'loud'");
        assertThatThrownBy(() -> RuleLevels.parse(null, "success-response-missing"))
                .hasMessageStartingWith("apistatus.rules entry 'success-response-missing' is not id=level");
        java.util.HashMap<String, String> empty = new java.util.HashMap<>();
        empty.put("success-response-missing", null);
        assertThatThrownBy(() -> RuleLevels.parse(empty, null))
                .hasMessage("<rules> entry 'success-response-missing' has no level: use off, error, warning or note");
    }
}
