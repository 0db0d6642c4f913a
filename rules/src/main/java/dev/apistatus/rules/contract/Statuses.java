package dev.apistatus.rules.contract;

import dev.apistatus.core.contract.Match;
import dev.apistatus.core.model.CodeOperation;
import dev.apistatus.core.model.Operation;
import dev.apistatus.core.model.Response;
import dev.apistatus.core.model.SourceLocation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The status comparisons the contract rules share: what each side says, and when only the success code differs. */
final class Statuses {

    private Statuses() {
    }

    /** A code response with the handler that gives it. */
    record Given(CodeOperation operation, Response response) {
        int code() {
            return response.code().code();
        }

        SourceLocation location() {
            return response.evidence().location();
        }

        boolean isFramework() {
            return response.evidence().isFrameworkDefault();
        }
    }

    /** Every known exact status the handlers of a match give, in handler then status order. */
    static List<Given> given(Match m) {
        List<Given> out = new ArrayList<>();
        for (CodeOperation c : m.code()) {
            for (Response r : c.operation().responses()) {
                if (r.evidence() != null && r.code().isExact()) {
                    out.add(new Given(c, r));
                }
            }
        }
        return out;
    }

    /** The spec's exact success codes. */
    static Set<Integer> specSuccess(Operation spec) {
        return spec.responses().stream().filter(r -> r.code().isExact() && r.code().isSuccess())
                .map(r -> r.code().code()).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The success codes the handlers give themselves (framework answers are never successes). */
    static Set<Integer> codeSuccess(Match m) {
        return given(m).stream().filter(g -> !g.isFramework() && g.code() / 100 == 2).map(Given::code)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * When the success code is the only thing the sides disagree on: the spec declares exact success codes (no
     * {@code 2XX}), the handlers give success codes, none in common, and no handler computes a status at run time.
     * The first success response in code order, the line to change.
     */
    static Optional<Given> successDrift(Match m) {
        Operation spec = m.spec().operation();
        Set<Integer> specSuccess = specSuccess(spec);
        Set<Integer> codeSuccess = codeSuccess(m);
        if (specSuccess.isEmpty() || codeSuccess.isEmpty() || codeSuccess.stream().anyMatch(specSuccess::contains)
                || spec.responses().stream().anyMatch(r -> r.code().isRange() && r.code().isSuccess())) {
            return Optional.empty();
        }
        if (m.code().stream().anyMatch(Statuses::mayHideStatus)) {
            return Optional.empty();
        }
        return given(m).stream().filter(g -> !g.isFramework() && g.code() / 100 == 2)
                .min(Comparator.comparing(Given::location));
    }

    /**
     * Whether an unknown of the handler may hide a status it answers itself (a status computed at run time), as
     * opposed to an exception whose handling could not be read, which ends in an error.
     */
    static boolean mayHideStatus(CodeOperation c) {
        return c.unknowns().stream().anyMatch(u -> !u.what().startsWith("an exception") && !u.what().startsWith("where "));
    }

    /** {@code 200, 404, default}: the response keys an operation declares, as written. */
    static String declared(Operation spec) {
        return spec.responses().stream().map(r -> r.code().text()).collect(Collectors.joining(", "));
    }

    /** {@code openapi.yaml:12}. */
    static String where(SourceLocation l) {
        return l.file() + ":" + l.line();
    }

    /** {@code " (matched ...)"} when the base paths disagreed, else {@code ""}. */
    static String note(Match m) {
        String n = m.routeNote();
        return n.isEmpty() ? "" : " (" + n + ")";
    }
}
