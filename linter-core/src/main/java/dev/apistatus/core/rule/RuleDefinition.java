package dev.apistatus.core.rule;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The metadata of a rule, on the rule's class. The id is public interface: it never changes once released.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleDefinition {

    /** Kebab-case id from RULES.md, e.g. {@code success-response-missing}. */
    String id();

    /** What the rule reads. */
    dev.apistatus.core.rule.Target[] targets();

    Severity severity();

    Family family();

    /** One line, shown in reports and SARIF. */
    String summary();

    /** The documents the rule's duty comes from, e.g. {@code "RFC 9110 §15.3.5"}. */
    String[] references() default {};

    /**
     * The names of the options the rule reads from {@link RuleContext#options()}. A configuration file that sets any
     * other option for the rule is an error naming the file and line, so a typo never passes silently.
     */
    String[] options() default {};
}
