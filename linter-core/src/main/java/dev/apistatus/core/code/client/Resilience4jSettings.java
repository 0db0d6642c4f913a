package dev.apistatus.core.code.client;

import dev.apistatus.core.code.JavaProject;
import dev.apistatus.core.model.RetryConstruct.Bound;
import dev.apistatus.core.model.RetryConstruct.Condition;
import dev.apistatus.core.model.RetryConstruct.Delay;
import dev.apistatus.core.model.RetryConstruct.Exceptions;
import dev.apistatus.core.model.SourceLocation;
import dev.apistatus.core.model.Tri;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Resilience4j retry instance as Spring Boot configures it: {@code resilience4j.retry.instances.<name>.*} (or the
 * older {@code backends.<name>}) over its {@code baseConfig}, or over {@code configs.default} when it names none,
 * over the library's defaults (maxAttempts 3, waitDuration 500 ms, every exception retried). When the project
 * customises retries in code ({@code RetryConfigCustomizer}, its own {@code RetryRegistry}), nothing is known.
 */
record Resilience4jSettings(Bound bound, Delay delay, Condition condition, Tri retryAfter, List<SourceLocation> related) {

    private static final String ROOT = "resilience4j.retry.";
    private static final Pattern DURATION = Pattern.compile("(?i)^\\s*(\\d+(?:\\.\\d+)?)\\s*(ns|us|ms|s|m|h|d)?\\s*$");

    static Resilience4jSettings of(ConfigProperties config, String name, JavaProject project) {
        List<SourceLocation> related = new ArrayList<>();
        if (customised(project)) {
            return new Resilience4jSettings(Bound.unknown("customised in code"), Delay.unknown("customised in code"),
                    new Condition(Exceptions.UNKNOWN, List.of(), null, null), Tri.UNKNOWN, related);
        }
        String instance = ROOT + "instances." + name + ".";
        if (!config.keysUnder(ROOT + "instances." + name).iterator().hasNext() && config.keysUnder(ROOT + "backends." + name).iterator().hasNext()) {
            instance = ROOT + "backends." + name + ".";
        }
        config.locate(instance.substring(0, instance.length() - 1)).ifPresent(related::add);
        Optional<String> baseName = config.get(instance + "baseConfig").map(ConfigProperties.Entry::value);
        String base = ROOT + "configs." + baseName.orElse("default") + ".";
        if (baseName.isPresent()) {
            config.locate(base.substring(0, base.length() - 1)).ifPresent(related::add);
        }
        Lookup l = new Lookup(config, instance, base);

        // attempts
        Bound bound;
        Optional<String> max = l.value("maxAttempts").or(() -> l.value("maxRetryAttempts"));
        if (l.conflict("maxAttempts")) {
            bound = Bound.unknown("maxAttempts set differently per profile");
        } else if (max.isPresent()) {
            Optional<Double> n = AnnotationRetries.parseNumber(max.get());
            bound = n.map(v -> AnnotationRetries.attempts(v.longValue(), "maxAttempts: " + max.get()))
                    .orElse(Bound.unknown("maxAttempts: " + max.get()));
        } else {
            bound = Bound.attempts(3, "maxAttempts not configured: Resilience4j's default, 3");
        }

        // the wait
        Delay delay;
        Optional<String> wait = l.value("waitDuration");
        OptionalDouble waitMs = wait.map(Resilience4jSettings::duration).orElse(OptionalDouble.of(500));
        boolean exponential = l.value("enableExponentialBackoff").map(Boolean::parseBoolean).orElse(false);
        boolean randomized = l.value("enableRandomizedWait").map(Boolean::parseBoolean).orElse(false);
        Optional<String> multiplier = l.value("exponentialBackoffMultiplier");
        if (l.value("intervalBiFunction").isPresent() || l.conflict("waitDuration") || l.conflict("enableExponentialBackoff")
                || l.conflict("enableRandomizedWait") || waitMs.isEmpty()) {
            delay = Delay.unknown("waitDuration / intervalBiFunction");
        } else {
            String text = "waitDuration " + Values.ms(waitMs.getAsDouble()) + (wait.isEmpty() ? " (the default)" : "")
                    + (exponential ? ", enableExponentialBackoff" : "") + (randomized ? ", enableRandomizedWait" : "");
            boolean grows = exponential && multiplier.flatMap(AnnotationRetries::parseNumber).map(m -> m > 1).orElse(true);
            if (grows) {
                delay = Delay.exponential(Tri.of(randomized), text);
            } else if (waitMs.getAsDouble() <= 0 && !randomized) {
                delay = Delay.none(text);
            } else {
                delay = Delay.constant(Tri.of(randomized), text);
            }
        }

        // what is retried
        Optional<List<String>> retry = l.list("retryExceptions");
        Optional<List<String>> ignore = l.list("ignoreExceptions");
        boolean exceptionPredicate = l.value("retryExceptionPredicate").isPresent();
        boolean resultPredicate = l.value("resultPredicate").isPresent() || l.value("retryOnResultPredicate").isPresent();
        Condition condition;
        if (retry.isEmpty() || ignore.isEmpty()) {
            condition = new Condition(Exceptions.UNKNOWN, List.of(), null, null);
        } else {
            List<String> includes = simple(retry.get());
            List<String> excludes = simple(ignore.get());
            Condition c = AnnotationRetries.classified(includes, excludes, exceptionPredicate, "retryExceptions");
            condition = resultPredicate ? new Condition(c.exceptions(), c.exceptionTypes(), null, c.statusDetail()) : c;
        }
        Tri retryAfter = l.value("intervalBiFunction").isPresent() ? Tri.UNKNOWN : Tri.NO;
        return new Resilience4jSettings(bound, delay, condition, retryAfter, related);
    }

    /** Resilience4j retries configured in code (customizers, a registry bean) make the file settings incomplete. */
    private static boolean customised(JavaProject project) {
        return !project.implementations("RetryConfigCustomizer").isEmpty()
                || project.entryPoints().stream().anyMatch(u -> u.findAll(com.github.javaparser.ast.body.MethodDeclaration.class)
                .stream().anyMatch(m -> m.getType().asString().matches("(RetryConfigCustomizer|RetryRegistry|"
                        + "RegistryEventConsumer<.*Retry>)") && dev.apistatus.core.code.Annotations.has(m, "Bean")));
    }

    private static List<String> simple(List<String> classes) {
        List<String> out = new ArrayList<>();
        for (String c : classes) {
            String s = c.replace('$', '.');
            // org.springframework.web.client.HttpClientErrorException.TooManyRequests → HttpClientErrorException.TooManyRequests
            String[] parts = s.split("\\.");
            int first = 0;
            while (first < parts.length - 1 && !parts[first].isEmpty() && Character.isLowerCase(parts[first].charAt(0))) {
                first++;
            }
            out.add(String.join(".", java.util.Arrays.copyOfRange(parts, first, parts.length)));
        }
        return out;
    }

    /** Spring Boot durations: {@code 500ms}, {@code 2s}, {@code 1m}, ISO-8601 {@code PT2S}, a bare number (ms). */
    static OptionalDouble duration(String text) {
        String t = text.trim();
        if (t.toUpperCase(Locale.ROOT).startsWith("PT") || t.toUpperCase(Locale.ROOT).startsWith("P")) {
            try {
                return OptionalDouble.of(Duration.parse(t.toUpperCase(Locale.ROOT)).toMillis());
            } catch (RuntimeException e) {
                return OptionalDouble.empty();
            }
        }
        Matcher m = DURATION.matcher(t);
        if (!m.matches()) {
            return OptionalDouble.empty();
        }
        double v = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "ms" : m.group(2).toLowerCase(Locale.ROOT);
        return OptionalDouble.of(switch (unit) {
            case "ns" -> v / 1e6;
            case "us" -> v / 1e3;
            case "s" -> v * 1000;
            case "m" -> v * 60_000;
            case "h" -> v * 3_600_000;
            case "d" -> v * 86_400_000;
            default -> v;
        });
    }

    /** Instance settings over the base config. */
    private record Lookup(ConfigProperties config, String instance, String base) {

        Optional<String> value(String key) {
            if (config.has(instance + key)) {
                return config.get(instance + key).map(ConfigProperties.Entry::value).map(v -> config.resolve(v).orElse(v));
            }
            if (config.has(base + key)) {
                return config.get(base + key).map(ConfigProperties.Entry::value).map(v -> config.resolve(v).orElse(v));
            }
            return Optional.empty();
        }

        boolean conflict(String key) {
            return config.conflicting(instance + key) || !config.has(instance + key) && config.conflicting(base + key);
        }

        Optional<List<String>> list(String key) {
            if (config.has(instance + key) || !config.keysUnder(instance + key).isEmpty() || config.has(instance + key + "[0]")) {
                return config.list(instance + key);
            }
            return config.list(base + key);
        }
    }
}
