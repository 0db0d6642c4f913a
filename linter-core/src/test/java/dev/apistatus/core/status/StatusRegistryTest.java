package dev.apistatus.core.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StatusRegistryTest {

    /** The IANA registry as of 2025, written out independently of the table under test. */
    private static final Set<Integer> IANA = Set.of(
            100, 101, 102, 103, 104,
            200, 201, 202, 203, 204, 205, 206, 207, 208, 226,
            300, 301, 302, 303, 304, 305, 306, 307, 308,
            400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418,
            421, 422, 423, 424, 425, 426, 428, 429, 431, 451,
            500, 501, 502, 503, 504, 505, 506, 507, 508, 510, 511);

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            100 | Continue                        | INFORMATIONAL
            101 | Switching Protocols             | INFORMATIONAL
            102 | Processing                      | INFORMATIONAL
            103 | Early Hints                     | INFORMATIONAL
            104 | Upload Resumption Supported     | INFORMATIONAL
            200 | OK                              | SUCCESSFUL
            201 | Created                         | SUCCESSFUL
            202 | Accepted                        | SUCCESSFUL
            203 | Non-Authoritative Information   | SUCCESSFUL
            204 | No Content                      | SUCCESSFUL
            205 | Reset Content                   | SUCCESSFUL
            206 | Partial Content                 | SUCCESSFUL
            207 | Multi-Status                    | SUCCESSFUL
            208 | Already Reported                | SUCCESSFUL
            226 | IM Used                         | SUCCESSFUL
            300 | Multiple Choices                | REDIRECTION
            301 | Moved Permanently               | REDIRECTION
            302 | Found                           | REDIRECTION
            303 | See Other                       | REDIRECTION
            304 | Not Modified                    | REDIRECTION
            305 | Use Proxy                       | REDIRECTION
            306 | (Unused)                        | REDIRECTION
            307 | Temporary Redirect              | REDIRECTION
            308 | Permanent Redirect              | REDIRECTION
            400 | Bad Request                     | CLIENT_ERROR
            401 | Unauthorized                    | CLIENT_ERROR
            402 | Payment Required                | CLIENT_ERROR
            403 | Forbidden                       | CLIENT_ERROR
            404 | Not Found                       | CLIENT_ERROR
            405 | Method Not Allowed              | CLIENT_ERROR
            406 | Not Acceptable                  | CLIENT_ERROR
            407 | Proxy Authentication Required   | CLIENT_ERROR
            408 | Request Timeout                 | CLIENT_ERROR
            409 | Conflict                        | CLIENT_ERROR
            410 | Gone                            | CLIENT_ERROR
            411 | Length Required                 | CLIENT_ERROR
            412 | Precondition Failed             | CLIENT_ERROR
            413 | Content Too Large               | CLIENT_ERROR
            414 | URI Too Long                    | CLIENT_ERROR
            415 | Unsupported Media Type          | CLIENT_ERROR
            416 | Range Not Satisfiable           | CLIENT_ERROR
            417 | Expectation Failed              | CLIENT_ERROR
            418 | (Unused)                        | CLIENT_ERROR
            421 | Misdirected Request             | CLIENT_ERROR
            422 | Unprocessable Content           | CLIENT_ERROR
            423 | Locked                          | CLIENT_ERROR
            424 | Failed Dependency               | CLIENT_ERROR
            425 | Too Early                       | CLIENT_ERROR
            426 | Upgrade Required                | CLIENT_ERROR
            428 | Precondition Required           | CLIENT_ERROR
            429 | Too Many Requests               | CLIENT_ERROR
            431 | Request Header Fields Too Large | CLIENT_ERROR
            451 | Unavailable For Legal Reasons   | CLIENT_ERROR
            500 | Internal Server Error           | SERVER_ERROR
            501 | Not Implemented                 | SERVER_ERROR
            502 | Bad Gateway                     | SERVER_ERROR
            503 | Service Unavailable             | SERVER_ERROR
            504 | Gateway Timeout                 | SERVER_ERROR
            505 | HTTP Version Not Supported      | SERVER_ERROR
            506 | Variant Also Negotiates         | SERVER_ERROR
            507 | Insufficient Storage            | SERVER_ERROR
            508 | Loop Detected                   | SERVER_ERROR
            510 | Not Extended                    | SERVER_ERROR
            511 | Network Authentication Required | SERVER_ERROR
            """)
    void everyIanaCodeIsRegisteredWithItsReasonAndClass(int code, String reason, StatusClass statusClass) {
        assertThat(IANA).contains(code);
        assertThat(StatusRegistry.isRegistered(code)).isTrue();
        assertThat(StatusRegistry.standing(code)).isEqualTo(Standing.REGISTERED);
        HttpStatus s = StatusRegistry.lookup(code).orElseThrow();
        assertThat(s.code()).isEqualTo(code);
        assertThat(s.reason()).isEqualTo(reason);
        assertThat(s.statusClass()).isEqualTo(statusClass);
        assertThat(s.standing()).isEqualTo(Standing.REGISTERED);
        assertThat(s.reference()).isNotBlank();
        assertThat(StatusRegistry.describe(code)).isEqualTo(code + " " + reason);
    }

    @Test
    void theRegisteredCodesAreExactlyTheIanaOnes() {
        Set<Integer> registered = StatusRegistry.all().stream()
                .filter(HttpStatus::isRegistered).map(HttpStatus::code).collect(Collectors.toSet());
        assertThat(registered).isEqualTo(IANA);
        assertThat(IntStream.rangeClosed(0, 1000).filter(StatusRegistry::isRegistered).boxed())
                .containsExactlyInAnyOrderElementsOf(IANA);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            100 | RFC 9110 §15.2.1
            103 | RFC 8297 §2
            200 | RFC 9110 §15.3.1
            201 | RFC 9110 §15.3.2
            204 | RFC 9110 §15.3.5
            205 | RFC 9110 §15.3.6
            207 | RFC 4918 §11.1
            304 | RFC 9110 §15.4.5
            306 | RFC 9110 §15.4.7
            308 | RFC 9110 §15.4.9
            400 | RFC 9110 §15.5.1
            401 | RFC 9110 §15.5.2
            404 | RFC 9110 §15.5.5
            405 | RFC 9110 §15.5.6
            412 | RFC 9110 §15.5.13
            418 | RFC 9110 §15.5.19
            421 | RFC 9110 §15.5.20
            422 | RFC 9110 §15.5.21
            425 | RFC 8470 §5.2
            426 | RFC 9110 §15.5.22
            429 | RFC 6585 §4
            451 | RFC 7725 §3
            500 | RFC 9110 §15.6.1
            503 | RFC 9110 §15.6.4
            505 | RFC 9110 §15.6.6
            511 | RFC 6585 §6
            """)
    void references(int code, String reference) {
        assertThat(StatusRegistry.lookup(code).orElseThrow().reference()).isEqualTo(reference);
    }

    @Test
    void onlyInformationalNoContentResetContentAndNotModifiedDisallowContent() {
        Set<Integer> noBody = StatusRegistry.all().stream()
                .filter(s -> !s.bodyAllowed()).map(HttpStatus::code).collect(Collectors.toSet());
        assertThat(noBody).containsExactlyInAnyOrder(100, 101, 102, 103, 104, 204, 205, 304);
        assertThat(StatusRegistry.lookup(200).orElseThrow().bodyAllowed()).isTrue();
        assertThat(StatusRegistry.lookup(206).orElseThrow().bodyAllowed()).isTrue();
        assertThat(StatusRegistry.lookup(404).orElseThrow().bodyAllowed()).isTrue();
    }

    @ParameterizedTest(name = "{0} needs {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            101 | Upgrade            | MUST
            201 | Location           | MAY
            206 | Content-Range      | MUST
            301 | Location           | SHOULD
            302 | Location           | SHOULD
            303 | Location           | SHOULD
            307 | Location           | SHOULD
            308 | Location           | SHOULD
            401 | WWW-Authenticate   | MUST
            405 | Allow              | MUST
            407 | Proxy-Authenticate | MUST
            416 | Content-Range      | SHOULD
            426 | Upgrade            | MUST
            429 | Retry-After        | MAY
            503 | Retry-After        | MAY
            """)
    void requiredHeadersAndTheirGrade(int code, String header, HeaderRequirement level) {
        HttpStatus s = StatusRegistry.lookup(code).orElseThrow();
        assertThat(s.requiredHeaders()).containsExactly(header);
        assertThat(s.requiresHeader(header.toLowerCase())).isTrue();
        assertThat(StatusRegistry.headerRequirement(code, header)).contains(level);
        assertThat(StatusRegistry.headerRequirement(code, header.toUpperCase())).contains(level);
    }

    @Test
    void noOtherCodeHasRequiredHeaders() {
        Set<Integer> withHeaders = StatusRegistry.all().stream()
                .filter(s -> !s.requiredHeaders().isEmpty()).map(HttpStatus::code).collect(Collectors.toSet());
        assertThat(withHeaders).containsExactlyInAnyOrder(
                101, 201, 206, 301, 302, 303, 307, 308, 401, 405, 407, 416, 426, 429, 503);
        assertThat(StatusRegistry.lookup(200).orElseThrow().requiredHeaders()).isEmpty();
        assertThat(StatusRegistry.lookup(300).orElseThrow().requiredHeaders()).isEmpty();
        assertThat(StatusRegistry.lookup(304).orElseThrow().requiredHeaders()).isEmpty();
        assertThat(StatusRegistry.headerRequirement(404, "Location")).isEmpty();
        assertThat(StatusRegistry.headerRequirement(405, "Location")).isEmpty();
        assertThat(StatusRegistry.headerRequirement(299, "Location")).isEmpty();
    }

    @Test
    void requiredHeadersAreImmutable() {
        Set<String> headers = StatusRegistry.lookup(405).orElseThrow().requiredHeaders();
        assertThatThrownBy(() -> headers.add("Location")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void retrySafeCodes() {
        Set<Integer> registeredRetrySafe = StatusRegistry.all().stream()
                .filter(HttpStatus::isRegistered).filter(HttpStatus::retrySafe)
                .map(HttpStatus::code).collect(Collectors.toSet());
        assertThat(registeredRetrySafe).containsExactlyInAnyOrder(408, 425, 429, 502, 503, 504);
        for (int code : List.of(400, 401, 403, 404, 409, 412, 421, 422, 423, 500, 501, 507)) {
            assertThat(StatusRegistry.lookup(code).orElseThrow().retrySafe()).as("retrySafe(%d)", code).isFalse();
        }
    }

    @Test
    void vendorRetrySafeOnlyForTransientUpstreamFailures() {
        Set<Integer> vendorRetrySafe = StatusRegistry.all().stream()
                .filter(HttpStatus::isVendor).filter(HttpStatus::retrySafe)
                .map(HttpStatus::code).collect(Collectors.toSet());
        assertThat(vendorRetrySafe).containsExactlyInAnyOrder(521, 522, 523, 524, 527, 529, 598, 599);
    }

    @Test
    void code420IsASalesforceVendorCode() {
        HttpStatus s = StatusRegistry.lookup(420).orElseThrow();
        assertThat(s.standing()).isEqualTo(Standing.VENDOR);
        assertThat(s.statusClass()).isEqualTo(StatusClass.CLIENT_ERROR);
        assertThat(s.note()).contains("Salesforce").contains("Twitter").contains("use 429");
        assertThat(StatusRegistry.isRegistered(420)).isFalse();
        assertThat(StatusRegistry.standing(420)).isEqualTo(Standing.VENDOR);
        assertThat(StatusRegistry.describe(420)).startsWith("420 (non-standard: Salesforce").endsWith(")");
    }

    @ParameterizedTest(name = "{0} is a vendor code of {1}")
    @CsvSource(delimiter = '|', textBlock = """
            218 | Apache
            419 | Laravel
            430 | Shopify
            440 | IIS
            444 | nginx
            450 | Parental Controls
            494 | nginx
            495 | nginx
            496 | nginx
            497 | nginx
            498 | Esri
            499 | nginx
            509 | cPanel
            520 | Cloudflare
            521 | Cloudflare
            522 | Cloudflare
            523 | Cloudflare
            524 | Cloudflare
            525 | Cloudflare
            526 | Cloudflare
            527 | Cloudflare
            529 | Qualys
            530 | Cloudflare
            598 | proxies
            599 | proxies
            """)
    void vendorCodes(int code, String vendor) {
        HttpStatus s = StatusRegistry.lookup(code).orElseThrow();
        assertThat(s.standing()).isEqualTo(Standing.VENDOR);
        assertThat(s.isRegistered()).isFalse();
        assertThat(StatusRegistry.isRegistered(code)).isFalse();
        assertThat(s.note()).contains(vendor);
        assertThat(StatusRegistry.describe(code)).startsWith(code + " (non-standard: ");
    }

    @Test
    void code499NamesBothNginxAndEsri() {
        assertThat(StatusRegistry.lookup(499).orElseThrow().note()).contains("nginx").contains("Esri");
    }

    @Test
    void reservedCodesAreRegisteredButFlaggedUnused() {
        HttpStatus s306 = StatusRegistry.lookup(306).orElseThrow();
        HttpStatus s418 = StatusRegistry.lookup(418).orElseThrow();
        assertThat(s306.isRegistered()).isTrue();
        assertThat(s306.isUnused()).isTrue();
        assertThat(s418.isRegistered()).isTrue();
        assertThat(s418.isUnused()).isTrue();
        assertThat(s418.note()).contains("RFC 9110 §15.5.19").contains("(Unused)");
        assertThat(StatusRegistry.describe(418)).isEqualTo("418 (Unused)");
        assertThat(StatusRegistry.all().stream().filter(HttpStatus::isUnused).map(HttpStatus::code))
                .containsExactly(306, 418);
    }

    @Test
    void code104IsFlaggedTemporary() {
        HttpStatus s = StatusRegistry.lookup(104).orElseThrow();
        assertThat(s.isRegistered()).isTrue();
        assertThat(s.note()).containsIgnoringCase("temporary");
        assertThat(s.reference()).contains("draft-ietf-httpbis-resumable-upload");
    }

    @Test
    void code510IsMarkedObsoleted() {
        assertThat(StatusRegistry.lookup(510).orElseThrow().note()).contains("OBSOLETED");
    }

    @Test
    void code299IsUnassigned() {
        assertThat(StatusRegistry.lookup(299)).isEmpty();
        assertThat(StatusRegistry.isRegistered(299)).isFalse();
        assertThat(StatusRegistry.standing(299)).isEqualTo(Standing.UNASSIGNED);
        assertThat(StatusRegistry.describe(299)).isEqualTo("299 (unassigned)");
        assertThat(StatusClass.of(299)).isEqualTo(StatusClass.SUCCESSFUL);
    }

    @ParameterizedTest
    @ValueSource(ints = {600, 99, 0, -1, 1000})
    void codesOutside100To599AreUnassignedAndHaveNoClass(int code) {
        assertThat(StatusRegistry.lookup(code)).isEmpty();
        assertThat(StatusRegistry.isRegistered(code)).isFalse();
        assertThat(StatusRegistry.standing(code)).isEqualTo(Standing.UNASSIGNED);
        assertThat(StatusRegistry.describe(code)).isEqualTo(code + " (unassigned: outside 100-599)");
        assertThatThrownBy(() -> StatusClass.of(code)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void statusClassBoundaries() {
        assertThat(StatusClass.of(100)).isEqualTo(StatusClass.INFORMATIONAL);
        assertThat(StatusClass.of(199)).isEqualTo(StatusClass.INFORMATIONAL);
        assertThat(StatusClass.of(200)).isEqualTo(StatusClass.SUCCESSFUL);
        assertThat(StatusClass.of(399)).isEqualTo(StatusClass.REDIRECTION);
        assertThat(StatusClass.of(400)).isEqualTo(StatusClass.CLIENT_ERROR);
        assertThat(StatusClass.of(500)).isEqualTo(StatusClass.SERVER_ERROR);
        assertThat(StatusClass.of(599)).isEqualTo(StatusClass.SERVER_ERROR);
        assertThat(StatusClass.SERVER_ERROR.digit()).isEqualTo(5);
    }

    @Test
    void allIsSortedWithoutDuplicatesAndImmutable() {
        List<HttpStatus> all = StatusRegistry.all();
        List<Integer> codes = all.stream().map(HttpStatus::code).toList();
        assertThat(codes).isSorted().doesNotHaveDuplicates();
        assertThat(codes).first().isEqualTo(100);
        assertThat(codes).last().isEqualTo(599);
        assertThat(all.stream().filter(HttpStatus::isVendor).map(HttpStatus::code)).containsExactly(
                218, 419, 420, 430, 440, 444, 449, 450, 460, 463, 464, 494, 495, 496, 497, 498, 499,
                509, 520, 521, 522, 523, 524, 525, 526, 527, 529, 530, 561, 598, 599);
        assertThat(all).hasSize(IANA.size() + 31);
        assertThat(all).allSatisfy(s -> {
            assertThat(s.statusClass()).isEqualTo(StatusClass.of(s.code()));
            assertThat(s.standing()).isNotEqualTo(Standing.UNASSIGNED);
            assertThat(StatusRegistry.lookup(s.code())).contains(s);
        });
        assertThat(all.stream().filter(HttpStatus::isVendor)).allSatisfy(s -> assertThat(s.note()).isNotBlank());
        assertThatThrownBy(() -> all.add(all.get(0))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void recordRejectsAClassThatDoesNotMatchTheCode() {
        assertThatThrownBy(() -> new HttpStatus(404, "Not Found", StatusClass.SERVER_ERROR, Standing.REGISTERED,
                true, Set.of(), false, "x", ""))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
