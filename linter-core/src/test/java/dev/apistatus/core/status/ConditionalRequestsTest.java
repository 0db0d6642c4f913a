package dev.apistatus.core.status;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConditionalRequestsTest {

    @Test
    void notModifiedComesFromTheValidatorsOfAConditionalGet() {
        assertThat(ConditionalRequests.triggers(304)).containsExactly("If-None-Match", "If-Modified-Since");
    }

    @Test
    void preconditionFailedComesFromTheHeadersThatGuardAChange() {
        assertThat(ConditionalRequests.triggers(412)).containsExactlyInAnyOrder("If-Match", "If-Unmodified-Since", "If-None-Match");
        assertThat(ConditionalRequests.triggers(428)).containsExactlyInAnyOrderElementsOf(ConditionalRequests.triggers(412));
    }

    @Test
    void onlyThreeCodesDependOnAConditionalRequest() {
        assertThat(ConditionalRequests.statuses()).containsExactly(304, 412, 428);
        assertThat(ConditionalRequests.isConditionalStatus(200)).isFalse();
        assertThat(ConditionalRequests.triggers(409)).isEmpty();
        assertThat(ConditionalRequests.reference(409)).isEmpty();
        ConditionalRequests.statuses().forEach(c -> assertThat(ConditionalRequests.reference(c)).isPresent());
    }

    @Test
    void headerNamesMatchCaseInsensitively() {
        assertThat(ConditionalRequests.canTrigger("if-match", 412)).isTrue();
        assertThat(ConditionalRequests.canTrigger("IF-MODIFIED-SINCE", 304)).isTrue();
        assertThat(ConditionalRequests.canTrigger("If-Modified-Since", 412)).isFalse();
        assertThat(ConditionalRequests.canTrigger("If-Range", 412)).isFalse();
        assertThat(ConditionalRequests.canTrigger("If-Match", 304)).isFalse();
        assertThat(ConditionalRequests.canTrigger(null, 304)).isFalse();
    }

    @Test
    void everyConditionalStatusIsRegistered() {
        ConditionalRequests.statuses().forEach(c -> assertThat(StatusRegistry.isRegistered(c)).as("%d", c).isTrue());
    }
}
