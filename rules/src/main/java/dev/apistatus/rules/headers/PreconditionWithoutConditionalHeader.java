package dev.apistatus.rules.headers;

import dev.apistatus.core.model.HttpMethod;
import dev.apistatus.core.model.Operation;
import dev.apistatus.core.model.Response;
import dev.apistatus.core.rule.Family;
import dev.apistatus.core.rule.Rule;
import dev.apistatus.core.rule.RuleContext;
import dev.apistatus.core.rule.RuleDefinition;
import dev.apistatus.core.rule.Severity;
import dev.apistatus.core.rule.Target;
import dev.apistatus.core.status.ConditionalRequests;
import java.util.List;

/**
 * 304, 412 and 428 only answer conditional requests. An operation that declares one but takes none of the
 * request headers that make a request conditional documents a status its clients cannot knowingly cause. Which
 * header can lead to which code comes from {@link ConditionalRequests}. The finding is per operation (the fix is
 * a parameter of the operation), on the status key, even when the response itself is a shared component. A 304
 * on a method other than GET or HEAD is left to {@code status-method-mismatch}: no header makes it right.
 */
@RuleDefinition(
        id = "precondition-without-conditional-header",
        targets = Target.SPEC,
        severity = Severity.WARNING,
        family = Family.STATUS,
        summary = "A 304, 412 or 428 response on an operation that takes no conditional request header (If-Match, If-None-Match, ...)",
        references = {"RFC 9110 §13.1 (Preconditions)", "RFC 9110 §15.4.5 (304 Not Modified)",
                "RFC 9110 §15.5.13 (412 Precondition Failed)", "RFC 6585 §3 (428 Precondition Required)"})
public final class PreconditionWithoutConditionalHeader implements Rule {

    @Override
    public void check(RuleContext context) {
        for (Operation op : context.model().specOperations()) {
            for (Response r : op.responses()) {
                if (!r.code().isExact() || !ConditionalRequests.isConditionalStatus(r.code().code())) {
                    continue;
                }
                int code = r.code().code();
                if (code == 304 && op.method() != HttpMethod.GET && op.method() != HttpMethod.HEAD) {
                    continue; // a 304 outside GET/HEAD is wrong whatever the headers: status-method-mismatch says so
                }
                List<String> triggers = ConditionalRequests.triggers(code);
                if (triggers.stream().anyMatch(op::hasHeaderParameter)) {
                    continue;
                }
                context.report(r.location(), op.describe() + " declares " + code + " but takes none of "
                        + String.join(", ", triggers) + " (" + ConditionalRequests.reference(code).orElseThrow()
                        + "): " + advice(code));
            }
        }
    }

    private static String advice(int code) {
        return switch (code) {
            case 304 -> "declare the header parameter the client sends its cached validator in (If-None-Match for"
                    + " an ETag, If-Modified-Since for a date), or drop the 304";
            case 428 -> "declare the header parameter the server requires (usually If-Match with the ETag the client"
                    + " last saw)";
            default -> "declare the header parameter whose condition fails (usually If-Match with an ETag); if the"
                    + " precondition is a business rule rather than a request header, answer 403, 409 or 422 instead";
        };
    }
}
