package dev.apistatus.core.status;

import static dev.apistatus.core.status.HeaderRequirement.MAY;
import static dev.apistatus.core.status.HeaderRequirement.MUST;
import static dev.apistatus.core.status.HeaderRequirement.SHOULD;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The one source of facts about HTTP status codes for all rules: every code in the IANA HTTP Status Code
 * Registry (as of its 2025-09-15 update) and the non-standard vendor codes met in the wild.
 *
 * <h2>bodyAllowed</h2>
 * False only where a response can never have content: every 1xx (RFC 9110 §15.2), 204 (§15.3.5), 205 (§15.3.6:
 * "a server MUST NOT generate content in a 205 response") and 304 (§15.4.5). A response to HEAD never has content
 * either, whatever its status: that is a property of the method, not of the code.
 *
 * <h2>requiredHeaders and their grade</h2>
 * The per-code line lists each header with the strength its defining specification gives it. The levels are
 * not uniform, and rules must grade findings by {@link #headerRequirement(int, String)}, not treat the whole set
 * as MUST:
 * <ul>
 *   <li>MUST: 101/426 Upgrade (RFC 9110 §7.8, §15.5.22), 206 Content-Range (§15.3.7: for a single-part response;
 *       a multipart/byteranges 206 carries Content-Range in each part instead), 401 WWW-Authenticate (§15.5.2),
 *       405 Allow (§15.5.6), 407 Proxy-Authenticate (§15.5.8).</li>
 *   <li>SHOULD: 301, 302, 307, 308 Location (§15.4.2, .3, .8, .9), 303 Location (§15.4.4 defines 303 by the URI
 *       in Location, without a normative keyword), 416 Content-Range (§15.5.17, for byte ranges).</li>
 *   <li>MAY: 201 Location (§15.3.2: without Location the created resource is the target URI; the header is the
 *       convention the linter checks, not a protocol duty). <b>429 and 503 Retry-After are MAY, not MUST</b>:
 *       RFC 6585 §4 says a 429 "MAY include a Retry-After header", RFC 9110 §15.6.4 says the server "MAY send
 *       a Retry-After header field" with a 503. Rules flag their absence as advice (warning or note), never as
 *       a protocol violation.</li>
 * </ul>
 *
 * <h2>retrySafe</h2>
 * Whether repeating the <em>same</em> request (same method, target, headers and content), after a delay, can be
 * expected to succeed. It says nothing about whether the method is safe to repeat: retrying a non-idempotent POST
 * is a separate question (rule {@code retry-non-idempotent}).
 * <ul>
 *   <li>True: 408 (the server timed out waiting for the request; §15.5.9 lets the client repeat it), 425 (RFC 8470
 *       §5.2: repeat it after the TLS handshake completes), 429 (rate limited: wait and repeat, ideally after
 *       Retry-After), 502 and 504 (an upstream failed or timed out: typically transient, and the same request
 *       may reach a healthy upstream), 503 (§15.6.4: "temporary overload or scheduled maintenance, which will
 *       likely be alleviated after some delay").</li>
 *   <li>False for every other 4xx: the request itself is at fault (or the client lacks something: credentials,
 *       a precondition) and repeating it unchanged gives the same answer. Two borderline codes are false on
 *       purpose: 421 Misdirected Request (§15.5.20) is retried by the HTTP stack on a <em>different
 *       connection</em>, not by an application retry loop; 423 Locked waits on another party releasing the lock.
 *       This matches the rule {@code retry-on-client-error}, which accepts retries only on 408, 425 and 429.</li>
 *   <li><b>500 is false.</b> RFC 9110 §15.6.1 says only that the server met "an unexpected condition"; nothing
 *       says the condition is temporary, and in practice a 500 is most often a deterministic failure for that
 *       input, so a blind retry repeats the failure and multiplies load, and for a non-idempotent request may
 *       repeat a side effect the server had already performed. Many SDKs still retry 500 for idempotent
 *       requests; so false here means "nothing in the status says a retry helps", not "retrying it is a
 *       defect": a rule must not report a retry on 500 as an error on the strength of this flag alone.</li>
 *   <li>False for 501, 505, 506, 508, 510, 511 (configuration or capability problems that a repeat cannot fix)
 *       and for 507 (RFC 4918 §11.5 calls the condition temporary, but it lasts until someone frees storage;
 *       it is no case for an automatic retry loop).</li>
 *   <li>False for 1xx, 2xx and 3xx: nothing failed (a redirect is followed, not retried).</li>
 *   <li>Vendor codes: true only where the vendor's meaning is a transient upstream or capacity failure, like
 *       502/503/504 (Cloudflare 521-524 and 527, 529 overloaded, 598/599 proxy timeouts).</li>
 * </ul>
 */
public final class StatusRegistry {

    private static final boolean BODY = true;
    private static final boolean NO_BODY = false;
    private static final boolean RETRY = true;
    private static final boolean NO_RETRY = false;

    private static final String LOCATION = "Location";
    private static final String RETRY_AFTER = "Retry-After";
    private static final String CONTENT_RANGE = "Content-Range";
    private static final String UPGRADE = "Upgrade";

    private static final String NGINX = "nginx (ngx_http_request.h, ngx_http_special_response.c)";
    private static final String CLOUDFLARE = "Cloudflare 5xx error documentation";
    private static final String AWS_ELB = "AWS Elastic Load Balancing: Application Load Balancer troubleshooting";

    // One line per code. Columns: code, reason, reference, body allowed?, retry safe?, note, headers (with grade).
    private static final List<Entry> TABLE = List.of(
            // 1xx Informational: never any content (RFC 9110 §15.2).
            reg(100, "Continue", "RFC 9110 §15.2.1", NO_BODY, NO_RETRY, ""),
            reg(101, "Switching Protocols", "RFC 9110 §15.2.2", NO_BODY, NO_RETRY, "", must(UPGRADE)),
            reg(102, "Processing", "RFC 2518 §10.1", NO_BODY, NO_RETRY, "WebDAV; RFC 4918 dropped it from WebDAV, but it stays registered"),
            reg(103, "Early Hints", "RFC 8297 §2", NO_BODY, NO_RETRY, ""),
            reg(104, "Upload Resumption Supported", "draft-ietf-httpbis-resumable-upload-05", NO_BODY, NO_RETRY, "TEMPORARY IANA registration (registered 2024-11-13, extended 2025-09-15, expires 2026-11-13) for the resumable-uploads draft; it may lapse"),

            // 2xx Successful.
            reg(200, "OK", "RFC 9110 §15.3.1", BODY, NO_RETRY, ""),
            reg(201, "Created", "RFC 9110 §15.3.2", BODY, NO_RETRY, "", may(LOCATION)),
            reg(202, "Accepted", "RFC 9110 §15.3.3", BODY, NO_RETRY, ""),
            reg(203, "Non-Authoritative Information", "RFC 9110 §15.3.4", BODY, NO_RETRY, ""),
            reg(204, "No Content", "RFC 9110 §15.3.5", NO_BODY, NO_RETRY, ""),
            reg(205, "Reset Content", "RFC 9110 §15.3.6", NO_BODY, NO_RETRY, ""),
            reg(206, "Partial Content", "RFC 9110 §15.3.7", BODY, NO_RETRY, "Content-Range is required on a single-part 206; a multipart/byteranges 206 carries it in each part", must(CONTENT_RANGE)),
            reg(207, "Multi-Status", "RFC 4918 §11.1", BODY, NO_RETRY, "WebDAV"),
            reg(208, "Already Reported", "RFC 5842 §7.1", BODY, NO_RETRY, "WebDAV binding extensions"),
            reg(226, "IM Used", "RFC 3229 §10.4.1", BODY, NO_RETRY, "Delta encoding"),

            // 3xx Redirection.
            reg(300, "Multiple Choices", "RFC 9110 §15.4.1", BODY, NO_RETRY, ""),
            reg(301, "Moved Permanently", "RFC 9110 §15.4.2", BODY, NO_RETRY, "", should(LOCATION)),
            reg(302, "Found", "RFC 9110 §15.4.3", BODY, NO_RETRY, "", should(LOCATION)),
            reg(303, "See Other", "RFC 9110 §15.4.4", BODY, NO_RETRY, "", should(LOCATION)),
            reg(304, "Not Modified", "RFC 9110 §15.4.5", NO_BODY, NO_RETRY, ""),
            reg(305, "Use Proxy", "RFC 9110 §15.4.6", BODY, NO_RETRY, "Deprecated for security reasons (RFC 9110 §15.4.6); do not use"),
            reg(306, HttpStatus.UNUSED, "RFC 9110 §15.4.7", BODY, NO_RETRY, "Reserved: defined (\"Switch Proxy\") in a draft of HTTP/1.1 and no longer used; IANA lists it as (Unused)"),
            reg(307, "Temporary Redirect", "RFC 9110 §15.4.8", BODY, NO_RETRY, "", should(LOCATION)),
            reg(308, "Permanent Redirect", "RFC 9110 §15.4.9", BODY, NO_RETRY, "First defined by RFC 7538 (now obsoleted by RFC 9110)", should(LOCATION)),

            // 4xx Client Error.
            reg(400, "Bad Request", "RFC 9110 §15.5.1", BODY, NO_RETRY, ""),
            reg(401, "Unauthorized", "RFC 9110 §15.5.2", BODY, NO_RETRY, "", must("WWW-Authenticate")),
            reg(402, "Payment Required", "RFC 9110 §15.5.3", BODY, NO_RETRY, "Reserved for future use"),
            reg(403, "Forbidden", "RFC 9110 §15.5.4", BODY, NO_RETRY, ""),
            reg(404, "Not Found", "RFC 9110 §15.5.5", BODY, NO_RETRY, ""),
            reg(405, "Method Not Allowed", "RFC 9110 §15.5.6", BODY, NO_RETRY, "", must("Allow")),
            reg(406, "Not Acceptable", "RFC 9110 §15.5.7", BODY, NO_RETRY, ""),
            reg(407, "Proxy Authentication Required", "RFC 9110 §15.5.8", BODY, NO_RETRY, "", must("Proxy-Authenticate")),
            reg(408, "Request Timeout", "RFC 9110 §15.5.9", BODY, RETRY, ""),
            reg(409, "Conflict", "RFC 9110 §15.5.10", BODY, NO_RETRY, ""),
            reg(410, "Gone", "RFC 9110 §15.5.11", BODY, NO_RETRY, ""),
            reg(411, "Length Required", "RFC 9110 §15.5.12", BODY, NO_RETRY, ""),
            reg(412, "Precondition Failed", "RFC 9110 §15.5.13", BODY, NO_RETRY, ""),
            reg(413, "Content Too Large", "RFC 9110 §15.5.14", BODY, NO_RETRY, "Formerly \"Payload Too Large\" / \"Request Entity Too Large\""),
            reg(414, "URI Too Long", "RFC 9110 §15.5.15", BODY, NO_RETRY, ""),
            reg(415, "Unsupported Media Type", "RFC 9110 §15.5.16", BODY, NO_RETRY, ""),
            reg(416, "Range Not Satisfiable", "RFC 9110 §15.5.17", BODY, NO_RETRY, "", should(CONTENT_RANGE)),
            reg(417, "Expectation Failed", "RFC 9110 §15.5.18", BODY, NO_RETRY, ""),
            reg(418, HttpStatus.UNUSED, "RFC 9110 §15.5.19", BODY, NO_RETRY, "Reserved by RFC 9110 §15.5.19 (IANA lists 418 as (Unused)) because RFC 2324's April-fools \"I'm a teapot\" is deployed as a joke; not for real use"),
            reg(421, "Misdirected Request", "RFC 9110 §15.5.20", BODY, NO_RETRY, "First defined by RFC 7540 §9.1.2; the client may retry on a different connection"),
            reg(422, "Unprocessable Content", "RFC 9110 §15.5.21", BODY, NO_RETRY, "Formerly \"Unprocessable Entity\" (RFC 4918 §11.2)"),
            reg(423, "Locked", "RFC 4918 §11.3", BODY, NO_RETRY, "WebDAV"),
            reg(424, "Failed Dependency", "RFC 4918 §11.4", BODY, NO_RETRY, "WebDAV"),
            reg(425, "Too Early", "RFC 8470 §5.2", BODY, RETRY, ""),
            reg(426, "Upgrade Required", "RFC 9110 §15.5.22", BODY, NO_RETRY, "", must(UPGRADE)),
            reg(428, "Precondition Required", "RFC 6585 §3", BODY, NO_RETRY, ""),
            reg(429, "Too Many Requests", "RFC 6585 §4", BODY, RETRY, "", may(RETRY_AFTER)),
            reg(431, "Request Header Fields Too Large", "RFC 6585 §5", BODY, NO_RETRY, ""),
            reg(451, "Unavailable For Legal Reasons", "RFC 7725 §3", BODY, NO_RETRY, ""),

            // 5xx Server Error.
            reg(500, "Internal Server Error", "RFC 9110 §15.6.1", BODY, NO_RETRY, ""),
            reg(501, "Not Implemented", "RFC 9110 §15.6.2", BODY, NO_RETRY, ""),
            reg(502, "Bad Gateway", "RFC 9110 §15.6.3", BODY, RETRY, ""),
            reg(503, "Service Unavailable", "RFC 9110 §15.6.4", BODY, RETRY, "", may(RETRY_AFTER)),
            reg(504, "Gateway Timeout", "RFC 9110 §15.6.5", BODY, RETRY, ""),
            reg(505, "HTTP Version Not Supported", "RFC 9110 §15.6.6", BODY, NO_RETRY, ""),
            reg(506, "Variant Also Negotiates", "RFC 2295 §8.1", BODY, NO_RETRY, "Transparent content negotiation (experimental)"),
            reg(507, "Insufficient Storage", "RFC 4918 §11.5", BODY, NO_RETRY, "WebDAV"),
            reg(508, "Loop Detected", "RFC 5842 §7.2", BODY, NO_RETRY, "WebDAV binding extensions"),
            reg(510, "Not Extended", "RFC 2774 §7", BODY, NO_RETRY, "OBSOLETED: RFC 2774 was moved to Historic; IANA lists 510 as \"Not Extended (OBSOLETED)\""),
            reg(511, "Network Authentication Required", "RFC 6585 §6", BODY, NO_RETRY, "For intercepting proxies (captive portals), not for origin servers"),

            // Vendor codes: not registered, but known. The note names the vendor and the meaning.
            vendor(218, "This Is Fine", NO_RETRY, "Informal status-code catalogues", "Apache HTTP Server (unofficial, \"This is fine\"): said to be a catch-all that passes an error body through when ProxyErrorOverride is on; use a registered code"),
            vendor(419, "Page Expired", NO_RETRY, "Laravel framework", "Laravel: the CSRF token is missing or expired; use 403"),
            vendor(420, "Enhance Your Calm", NO_RETRY, "Salesforce REST API: Status Codes and Error Responses; Twitter API v1", "Salesforce (Salesforce Edge has no routing information for the request host) / Twitter API v1 (\"Enhance Your Calm\": rate limited; use 429) / Spring's deprecated HttpStatus.METHOD_FAILURE (a WebDAV draft)"),
            vendor(430, "Security Rejection", NO_RETRY, "Shopify", "Shopify: the request was rejected (documented as a security rejection, earlier as too many API calls); use 429 for rate limiting, 403 for a refusal"),
            vendor(440, "Login Time-out", NO_RETRY, "Microsoft IIS", "Microsoft IIS: the client's session has expired and it must log in again; use 401"),
            vendor(444, "No Response", NO_RETRY, NGINX, "nginx: the server closed the connection without sending any response; appears only in nginx logs"),
            vendor(449, "Retry With", NO_RETRY, "Microsoft IIS / Exchange ActiveSync", "Microsoft IIS: the request should be retried after the client performs the appropriate action"),
            vendor(450, "Blocked by Windows Parental Controls", NO_RETRY, "Microsoft Windows", "Microsoft: Windows Parental Controls blocked access to the page; use 403"),
            vendor(460, "Client Closed Connection", NO_RETRY, AWS_ELB, "AWS Elastic Load Balancing: the client closed the connection before the load balancer's idle timeout elapsed (log-only)"),
            vendor(463, "Too Many Forwarded Addresses", NO_RETRY, AWS_ELB, "AWS Elastic Load Balancing: the X-Forwarded-For header holds more than 30 IP addresses"),
            vendor(464, "Incompatible Protocol Versions", NO_RETRY, AWS_ELB, "AWS Elastic Load Balancing: the request protocol is incompatible with the target group's protocol version"),
            vendor(494, "Request Header Too Large", NO_RETRY, NGINX, "nginx: the request header or a header line is too large; use 431"),
            vendor(495, "SSL Certificate Error", NO_RETRY, NGINX, "nginx: the client certificate is invalid"),
            vendor(496, "SSL Certificate Required", NO_RETRY, NGINX, "nginx: a client certificate is required but none was sent"),
            vendor(497, "HTTP Request Sent to HTTPS Port", NO_RETRY, NGINX, "nginx: a plain HTTP request arrived on the HTTPS port"),
            vendor(498, "Invalid Token", NO_RETRY, "Esri ArcGIS Server", "Esri ArcGIS Server: the token is expired or otherwise invalid; use 401"),
            vendor(499, "Client Closed Request", NO_RETRY, NGINX + "; Esri ArcGIS Server", "nginx: the client closed the connection before the server answered (log-only) / Esri ArcGIS Server: \"Token Required\"; use 401"),
            vendor(509, "Bandwidth Limit Exceeded", NO_RETRY, "Apache HTTP Server modules / cPanel", "Apache HTTP Server / cPanel: the site exceeded the bandwidth its hosting plan allows"),
            vendor(520, "Web Server Returned an Unknown Error", NO_RETRY, CLOUDFLARE, "Cloudflare: the origin returned an empty, unknown or unexpected response"),
            vendor(521, "Web Server Is Down", RETRY, CLOUDFLARE, "Cloudflare: the origin refused the connection; use 502"),
            vendor(522, "Connection Timed Out", RETRY, CLOUDFLARE, "Cloudflare: the TCP connection to the origin timed out; use 504"),
            vendor(523, "Origin Is Unreachable", RETRY, CLOUDFLARE, "Cloudflare: the origin could not be reached (DNS or routing); use 502"),
            vendor(524, "A Timeout Occurred", RETRY, CLOUDFLARE, "Cloudflare: connected to the origin, but it sent no HTTP response in time; use 504"),
            vendor(525, "SSL Handshake Failed", NO_RETRY, CLOUDFLARE, "Cloudflare: the TLS handshake with the origin failed"),
            vendor(526, "Invalid SSL Certificate", NO_RETRY, CLOUDFLARE, "Cloudflare: the origin's certificate could not be validated"),
            vendor(527, "Railgun Error", RETRY, CLOUDFLARE, "Cloudflare (Railgun, discontinued): the connection between Cloudflare and the origin's Railgun server was interrupted"),
            vendor(529, "Site Is Overloaded", RETRY, "Qualys SSL Labs; Anthropic API errors", "Qualys SSL Labs / Anthropic API (overloaded_error): the service is overloaded; use 503"),
            vendor(530, "Site Is Frozen", NO_RETRY, CLOUDFLARE + "; Pantheon", "Cloudflare: sent with a 1xxx error in the body (e.g. 1016, origin DNS error) / Pantheon: the site is frozen for inactivity"),
            vendor(561, "Unauthorized", NO_RETRY, AWS_ELB, "AWS Elastic Load Balancing: the identity provider returned an error while the load balancer authenticated the user"),
            vendor(598, "Network Read Timeout Error", RETRY, "Informal proxy convention", "Some HTTP proxies (informal convention): a network read timeout behind the proxy; use 504"),
            vendor(599, "Network Connect Timeout Error", RETRY, "Informal proxy convention", "Some HTTP proxies (informal convention): a network connect timeout behind the proxy; use 504"));

    private static final Map<Integer, Entry> BY_CODE;
    private static final List<HttpStatus> ALL;

    static {
        TreeMap<Integer, Entry> byCode = new TreeMap<>();
        for (Entry e : TABLE) {
            if (byCode.put(e.status().code(), e) != null) {
                throw new IllegalStateException("status " + e.status().code() + " listed twice");
            }
        }
        BY_CODE = Collections.unmodifiableMap(byCode);
        List<HttpStatus> all = new ArrayList<>();
        byCode.values().forEach(e -> all.add(e.status()));
        ALL = List.copyOf(all);
    }

    private StatusRegistry() {
    }

    /** The registered or vendor code; empty for an unassigned code and for anything outside 100..599. */
    public static Optional<HttpStatus> lookup(int code) {
        Entry e = BY_CODE.get(code);
        return e == null ? Optional.empty() : Optional.of(e.status());
    }

    /** True for the codes in the IANA registry (including the "(Unused)" 306 and 418 and the temporary 104). */
    public static boolean isRegistered(int code) {
        return lookup(code).map(HttpStatus::isRegistered).orElse(false);
    }

    /** REGISTERED, VENDOR, or UNASSIGNED for everything else (including codes outside 100..599). */
    public static Standing standing(int code) {
        return lookup(code).map(HttpStatus::standing).orElse(Standing.UNASSIGNED);
    }

    /** Every registered and vendor code, sorted by code, no duplicates; the list is immutable. */
    public static List<HttpStatus> all() {
        return ALL;
    }

    /**
     * How strongly {@code header} (case-insensitive) is tied to {@code code}; empty when the header is not among
     * the code's {@link HttpStatus#requiredHeaders()}.
     */
    public static Optional<HeaderRequirement> headerRequirement(int code, String header) {
        Entry e = BY_CODE.get(code);
        if (e == null || header == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(e.levels().get(header.toLowerCase(Locale.ROOT)));
    }

    /**
     * A short human description: "404 Not Found", "418 (Unused)", "420 (non-standard: Salesforce ...)",
     * "299 (unassigned)", "600 (unassigned: outside 100-599)".
     */
    public static String describe(int code) {
        Entry e = BY_CODE.get(code);
        if (e != null) {
            HttpStatus s = e.status();
            return s.isRegistered()
                    ? code + " " + s.reason()
                    : code + " (non-standard: " + s.note() + ")";
        }
        return StatusClass.inRange(code) ? code + " (unassigned)" : code + " (unassigned: outside 100-599)";
    }

    // ---- table helpers ----

    /** One table row: the public facts plus the grade of each header (keyed by lower-case name). */
    private record Entry(HttpStatus status, Map<String, HeaderRequirement> levels) {
    }

    private record Hdr(String name, HeaderRequirement level) {
    }

    private static Hdr must(String name) {
        return new Hdr(name, MUST);
    }

    private static Hdr should(String name) {
        return new Hdr(name, SHOULD);
    }

    private static Hdr may(String name) {
        return new Hdr(name, MAY);
    }

    private static Entry reg(int code, String reason, String reference, boolean body, boolean retry, String note,
                             Hdr... headers) {
        Set<String> names = new LinkedHashSet<>();
        Map<String, HeaderRequirement> levels = new LinkedHashMap<>();
        for (Hdr h : headers) {
            names.add(h.name());
            levels.put(h.name().toLowerCase(Locale.ROOT), h.level());
        }
        HttpStatus status = new HttpStatus(code, reason, StatusClass.of(code), Standing.REGISTERED, body, names,
                retry, reference, note);
        return new Entry(status, Collections.unmodifiableMap(levels));
    }

    private static Entry vendor(int code, String reason, boolean retry, String reference, String note) {
        HttpStatus status = new HttpStatus(code, reason, StatusClass.of(code), Standing.VENDOR, BODY, Set.of(),
                retry, reference, note);
        return new Entry(status, Map.of());
    }
}
