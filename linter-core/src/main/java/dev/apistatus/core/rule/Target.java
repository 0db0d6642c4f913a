package dev.apistatus.core.rule;

/** What a rule looks at (RULES.md): the OpenAPI document, the service code, the code held against the spec, client code. */
public enum Target {
    SPEC, CODE, CROSS, CLIENT
}
