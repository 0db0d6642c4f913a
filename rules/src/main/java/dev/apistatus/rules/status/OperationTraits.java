package dev.apistatus.rules.status;

import dev.apistatus.core.model.Operation;
import dev.apistatus.core.model.Parameter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What an operation takes, as the status rules read it: path parameters, input, conditional headers. */
final class OperationTraits {

    private static final Pattern TEMPLATE = Pattern.compile("\\{([^}]+)}");
    private static final Set<String> INPUT_LOCATIONS = Set.of("query", "header", "cookie", "formdata");

    /**
     * Standard request headers whose bad values a server ignores or answers with their own status (304, 412, 406,
     * 416, 401) rather than 400: they do not count as input that can be invalid.
     */
    private static final Set<String> PROTOCOL_HEADERS = Set.of("accept", "accept-charset", "accept-encoding",
            "accept-language", "authorization", "cache-control", "content-type", "prefer", "range", "user-agent");

    private OperationTraits() {
    }

    /** The names of the path's template variables and of the declared path parameters, in order. */
    static List<String> pathParameters(Operation op) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = TEMPLATE.matcher(op.path());
        while (m.find()) {
            names.add(m.group(1));
        }
        op.parameters().stream().filter(p -> "path".equalsIgnoreCase(p.in())).map(Parameter::name).forEach(names::add);
        return List.copyOf(names);
    }

    static boolean hasPathParameter(Operation op) {
        return !pathParameters(op).isEmpty();
    }

    /** Query, cookie, Swagger 2.0 formData and non-protocol header parameters, in declaration order. */
    static List<Parameter> inputParameters(Operation op) {
        return op.parameters().stream()
                .filter(p -> p.in() != null && INPUT_LOCATIONS.contains(p.in().toLowerCase(Locale.ROOT)))
                .filter(p -> !"header".equalsIgnoreCase(p.in()) || !isProtocolHeader(p.name()))
                .toList();
    }

    private static boolean isProtocolHeader(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.startsWith("if-") || PROTOCOL_HEADERS.contains(n);
    }

    /** A request body or a query, header or cookie parameter: something the server validates. */
    static boolean takesInput(Operation op) {
        return op.requestBody() != null || !inputParameters(op).isEmpty();
    }

    /** {@code 'id'}, {@code 'owner' and 'repo'}, {@code 'a', 'b', 'c' and 2 more} (with {@code or}: alternatives). */
    static String quoted(List<String> names, int max, String conjunction) {
        StringBuilder out = new StringBuilder();
        int shown = Math.min(max, names.size());
        for (int i = 0; i < shown; i++) {
            boolean lastShown = i == shown - 1 && names.size() == shown;
            out.append(i == 0 ? "" : lastShown ? " " + conjunction + " " : ", ").append('\'').append(names.get(i)).append('\'');
        }
        if (names.size() > shown) {
            out.append(" ").append(conjunction).append(" ").append(names.size() - shown).append(" more");
        }
        return out.toString();
    }
}
