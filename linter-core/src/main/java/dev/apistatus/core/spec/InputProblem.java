package dev.apistatus.core.spec;

import dev.apistatus.core.model.SourceLocation;

/** A file that could not be read, or a part of it that could not be understood, and why. */
public record InputProblem(SourceLocation location, String message) {
}
