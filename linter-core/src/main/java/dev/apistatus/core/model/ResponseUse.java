package dev.apistatus.core.model;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A response declaration with the status it is used for and the operations that use it. An inline response
 * has one user; a shared component used under one status by many operations is one use, so a rule that
 * walks uses reports a problem of the component once, at the component.
 *
 * @param response the first use, whose key location stands for an inline response
 */
public record ResponseUse(ResponseCode code, ResponseDeclaration declaration, Response response,
                          List<Operation> operations) {

    public ResponseUse {
        operations = List.copyOf(operations);
    }

    /** The last model asked about and its uses: several rules ask for the same model in a row. */
    private record Memo(WeakReference<ApiModel> model, List<ResponseUse> uses) {
    }

    private static volatile Memo last;

    /** Every use in the model, in document order (computed once per model: the model and the uses never change). */
    public static List<ResponseUse> all(ApiModel model) {
        Memo memo = last;
        if (memo != null && memo.model().get() == model) {
            return memo.uses();
        }
        List<ResponseUse> uses = compute(model);
        last = new Memo(new WeakReference<>(model), uses);
        return uses;
    }

    private static List<ResponseUse> compute(ApiModel model) {
        List<Builder> order = new ArrayList<>();
        Map<ResponseDeclaration, Map<String, Builder>> shared = new IdentityHashMap<>();
        for (Operation op : model.specOperations()) {
            for (Response r : op.responses()) {
                Builder b;
                if (r.declaration().isShared()) {
                    Map<String, Builder> byCode = shared.computeIfAbsent(r.declaration(), k -> new LinkedHashMap<>());
                    b = byCode.get(r.code().text());
                    if (b == null) {
                        b = new Builder(r);
                        byCode.put(r.code().text(), b);
                        order.add(b);
                    }
                } else {
                    b = new Builder(r);
                    order.add(b);
                }
                b.operations.add(op);
            }
        }
        return order.stream().map(b -> new ResponseUse(b.first.code(), b.first.declaration(), b.first, b.operations)).toList();
    }

    private static final class Builder {
        final Response first;
        final List<Operation> operations = new ArrayList<>();

        Builder(Response first) {
            this.first = first;
        }
    }

    public boolean isShared() {
        return declaration.isShared();
    }

    /**
     * How messages name the response: {@code DELETE /pets/{id} 204} when inline, {@code response 'Gone' (410
     * of GET /a, GET /b and 3 more)} when shared.
     */
    public String describe() {
        if (!isShared()) {
            return operations.get(0).describe() + " " + code.text();
        }
        StringBuilder users = new StringBuilder();
        int shown = Math.min(2, operations.size());
        for (int i = 0; i < shown; i++) {
            users.append(i == 0 ? "" : ", ").append(operations.get(i).describe());
        }
        if (operations.size() > shown) {
            users.append(" and ").append(operations.size() - shown).append(" more");
        }
        return "response '" + declaration.componentName() + "' (" + code.text() + " of " + users + ")";
    }

    /** The operations' locations, for a shared response's finding. */
    public List<SourceLocation> userLocations() {
        return isShared() ? operations.stream().map(Operation::location).toList() : List.of();
    }
}
