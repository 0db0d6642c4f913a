package dev.apistatus.rules.headers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ResponseGroupsTest {

    @Test
    void theHeaderOfACodeComesFromTheRegistry() {
        assertThat(ResponseGroups.requiredHeader(201)).isEqualTo("Location");
        assertThat(ResponseGroups.requiredHeader(401)).isEqualTo("WWW-Authenticate");
        assertThat(ResponseGroups.requiredHeader(405)).isEqualTo("Allow");
        assertThat(ResponseGroups.requiredHeader(429)).isEqualTo("Retry-After");
        assertThat(ResponseGroups.requiredHeader(503)).isEqualTo("Retry-After");
    }

    @Test
    void aCodeWithoutExactlyOneHeaderIsAnError() {
        assertThatThrownBy(() -> ResponseGroups.requiredHeader(200)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ResponseGroups.requiredHeader(299)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theDutyQuotesTheGradeAndReference() {
        assertThat(ResponseGroups.duty(405, "Allow")).isEqualTo("RFC 9110 §15.5.6: a 405 Method Not Allowed MUST carry Allow");
        assertThat(ResponseGroups.duty(301, "location")).isEqualTo("RFC 9110 §15.4.2: a 301 Moved Permanently SHOULD carry location");
        assertThat(ResponseGroups.duty(429, "Retry-After")).isEqualTo("RFC 6585 §4: a 429 Too Many Requests MAY carry Retry-After");
    }

    @Test
    void redirectsAreTheThreeXxCodesTiedToLocation() {
        for (int code = 300; code < 400; code++) {
            boolean expected = code == 301 || code == 302 || code == 303 || code == 307 || code == 308;
            assertThat(RedirectWithoutLocation.isRedirect(code)).as("%d", code).isEqualTo(expected);
        }
    }

    @Test
    void rateLimitHeaderFamilies() {
        for (String name : new String[] {"RateLimit", "ratelimit-policy", "RateLimit-Reset", "X-RateLimit-Remaining",
                "x-rate-limit-reset"}) {
            assertThat(RateLimitedWithoutRetryAfter.isRateLimitHeader(name)).as(name).isTrue();
        }
        for (String name : new String[] {"X-RateLimited", "RateLimitInfo", "Retry-After", "X-Request-Id"}) {
            assertThat(RateLimitedWithoutRetryAfter.isRateLimitHeader(name)).as(name).isFalse();
        }
    }

    @Test
    void pathsNormaliseParametersSlashesAndFormatSuffixes() {
        assertThat(CreatedWithoutLocation.normalize("/Accounts/{AccountSid}/Messages/{Sid}.json"))
                .isEqualTo("/accounts/{}/messages/{}");
        assertThat(CreatedWithoutLocation.normalize("/suppliers/")).isEqualTo("/suppliers");
        assertThat(CreatedWithoutLocation.normalize("/")).isEqualTo("/");
    }
}
