package dev.apistatus.rules.headers;

import dev.apistatus.core.model.CodeUse;
import dev.apistatus.core.rule.Family;
import dev.apistatus.core.rule.Rule;
import dev.apistatus.core.rule.RuleContext;
import dev.apistatus.core.rule.RuleDefinition;
import dev.apistatus.core.rule.Severity;
import dev.apistatus.core.rule.Target;
import java.util.List;

/**
 * A 429 asks the client to slow down; without Retry-After (or rate-limit headers that say when the quota comes
 * back) each client guesses, and a guess that is too short makes the overload worse.
 */
@RuleDefinition(
        id = "rate-limited-without-retry-after",
        targets = {Target.SPEC, Target.CODE},
        severity = Severity.WARNING,
        family = Family.STATUS,
        summary = "A 429 Too Many Requests response with neither Retry-After nor rate-limit headers",
        references = {"RFC 6585 §4 (429 Too Many Requests)", "RFC 9110 §10.2.3 (Retry-After)",
                "draft-ietf-httpapi-ratelimit-headers (RateLimit, RateLimit-Policy)"},
        options = RateLimitedWithoutRetryAfter.ACCEPT_RATE_LIMIT_HEADERS)
public final class RateLimitedWithoutRetryAfter implements Rule {

    static final String ACCEPT_RATE_LIMIT_HEADERS = "acceptRateLimitHeaders";

    private static final int CODE = 429;

    /** The rate-limit fields of the IETF draft, exact names. */
    private static final List<String> RATE_LIMIT_FIELDS = List.of("RateLimit", "RateLimit-Policy");

    /**
     * Prefixes of the rate-limit header families: the draft's earlier {@code RateLimit-Limit/-Remaining/-Reset}, and
     * the widespread {@code X-RateLimit-*} (GitHub, Twitter, ...) with its {@code X-Rate-Limit-*} spelling.
     */
    private static final List<String> RATE_LIMIT_PREFIXES = List.of("RateLimit-", "X-RateLimit-", "X-Rate-Limit-");

    @Override
    public void check(RuleContext context) {
        checkCode(context);
        boolean acceptRateLimit = context.options().getBoolean(ACCEPT_RATE_LIMIT_HEADERS, true);
        String header = ResponseGroups.requiredHeader(CODE);
        for (ResponseGroups.Group g : ResponseGroups.of(context.model(), c -> c == CODE)) {
            if (g.declares(header) || acceptRateLimit && hasRateLimitHeader(g)) {
                continue;
            }
            context.report(g.location(), g.describe() + " declares " + (acceptRateLimit
                    ? "neither " + header + " nor rate-limit headers (RateLimit, RateLimit-Policy, X-RateLimit-*)"
                    : "no " + header + " header") + " (" + ResponseGroups.duty(CODE, header) + "): add " + header
                    + " (seconds or an HTTP date) so clients know when they may send again", g.related());
        }
    }

    static boolean hasRateLimitHeader(ResponseGroups.Group g) {
        return g.declaration().headers().keySet().stream().anyMatch(RateLimitedWithoutRetryAfter::isRateLimitHeader);
    }

    static boolean isRateLimitHeader(String name) {
        return RATE_LIMIT_FIELDS.stream().anyMatch(name::equalsIgnoreCase)
                || RATE_LIMIT_PREFIXES.stream().anyMatch(p -> ResponseGroups.startsWithIgnoreCase(name, p));
    }

    /** In code: a built response without the header (responses whose headers are partly set out of sight are skipped). */
    private static void checkCode(RuleContext context) {
        for (CodeUse use : ResponseGroups.builtWithoutHeader(context.model(), c -> c == CODE)) {
            if (context.options().getBoolean(ACCEPT_RATE_LIMIT_HEADERS, true) && use.declaration().headers().keySet().stream().anyMatch(RateLimitedWithoutRetryAfter::isRateLimitHeader)) {
                continue;
            }
            ResponseGroups.reportBuiltWithout(context, use, "set it (seconds or an HTTP date), e.g. .header(HttpHeaders.RETRY_AFTER, \"30\")");
        }
    }
}
