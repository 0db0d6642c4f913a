package dev.apistatus.core.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * A response the code builds, once per place it is built: a handler's own {@code return}, or an exception
 * handler answering for several handlers (also when it answers an exception the framework raises). Framework
 * defaults are left out (nobody writes them). Rules that judge
 * a built response's body or headers walk these and report at {@link #location()}, the line to change.
 *
 * @param response   the first handler's response (its evidence, its declaration)
 * @param operations the operations that can receive this response, in model order
 */
public record CodeUse(Response response, List<CodeOperation> operations) {

    public CodeUse {
        operations = List.copyOf(operations);
    }

    /** The built responses whose exact code {@code codes} accepts, grouped by where they are built, in model order. */
    public static List<CodeUse> all(ApiModel model, IntPredicate codes) {
        Map<String, List<User>> byPlace = new LinkedHashMap<>();
        for (CodeOperation op : model.codeOperations()) {
            for (Response r : op.operation().responses()) {
                if (r.evidence() == null || isUnwritten(r.evidence()) || !r.code().isExact()
                        || !codes.test(r.code().code())) {
                    continue;
                }
                String key = r.evidence().answeredAt() + "|" + r.code().code();
                byPlace.computeIfAbsent(key, k -> new ArrayList<>()).add(new User(op, r));
            }
        }
        List<CodeUse> out = new ArrayList<>();
        for (List<User> users : byPlace.values()) {
            out.add(new CodeUse(users.get(0).response(), users.stream().map(User::operation).toList()));
        }
        return out;
    }

    private record User(CodeOperation operation, Response response) {
    }

    /**
     * A framework default nobody wrote: the framework's own answer to its exception. One the project's exception
     * handler builds for a framework exception (answered elsewhere than where it is raised) is written code.
     */
    private static boolean isUnwritten(Evidence evidence) {
        return evidence.isFrameworkDefault() && evidence.answeredAt().equals(evidence.location());
    }

    public int code() {
        return response.code().code();
    }

    public Evidence evidence() {
        return response.evidence();
    }

    public ResponseDeclaration declaration() {
        return response.declaration();
    }

    /** Where the response is built: the line to change. */
    public SourceLocation location() {
        return response.evidence().answeredAt();
    }

    /** The distinct handlers that can receive it. */
    public List<String> handlers() {
        return operations.stream().map(CodeOperation::handler).distinct().toList();
    }

    /**
     * How messages name it: {@code OrderController.create answers 201 (ResponseEntity.created(...))}, or for a
     * response shared by handlers, {@code OrderController.get and 2 more handlers answer 429 (throws ...)}.
     */
    public String describe() {
        List<String> handlers = handlers();
        String who = handlers.size() == 1 ? handlers.get(0) + " answers"
                : handlers.get(0) + " and " + (handlers.size() - 1) + " more handler" + (handlers.size() > 2 ? "s" : "")
                + " answer";
        return who + " " + code() + " (" + evidence().detail() + ")";
    }

    /** The handlers' locations, for a response built once for several of them. */
    public List<SourceLocation> related() {
        return handlers().size() > 1
                ? operations.stream().map(o -> o.operation().location()).distinct().toList() : List.of();
    }
}
