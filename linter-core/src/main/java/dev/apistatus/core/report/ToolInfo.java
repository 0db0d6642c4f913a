package dev.apistatus.core.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.regex.Pattern;

/** The linter's name, version and home page, as reports state them. */
public final class ToolInfo {

    /** The tool's name in reports. */
    public static final String NAME = "apistatus";

    /** The project's home page (SARIF {@code informationUri}). */
    public static final String INFORMATION_URI = "https://github.com/apistatus/apistatus";

    /** The version used when the build did not stamp one (e.g. classes run from an IDE without resource filtering). */
    static final String FALLBACK_VERSION = "0.1.0-SNAPSHOT";

    static final String VERSION_RESOURCE = "/dev/apistatus/core/version.properties";

    /**
     * The linter's version: {@code version} in {@value #VERSION_RESOURCE} when Maven filtered it, else the jar
     * manifest's {@code Implementation-Version}, else {@value #FALLBACK_VERSION}.
     */
    public static final String VERSION = loadVersion();

    /** Semantic Versioning 2.0.0, the official regular expression. */
    private static final Pattern SEMVER = Pattern.compile(
            "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
                    + "(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
                    + "(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$");

    private ToolInfo() {
    }

    /** True when {@code version} is a Semantic Versioning 2.0.0 version (SARIF {@code semanticVersion} must be one). */
    public static boolean isSemanticVersion(String version) {
        return version != null && SEMVER.matcher(version).matches();
    }

    static String loadVersion() {
        try (InputStream in = ToolInfo.class.getResourceAsStream(VERSION_RESOURCE)) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                String version = properties.getProperty("version");
                if (usable(version)) {
                    return version.trim();
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // fall through to the manifest
        }
        Package pkg = ToolInfo.class.getPackage();
        String fromManifest = pkg == null ? null : pkg.getImplementationVersion();
        return usable(fromManifest) ? fromManifest.trim() : FALLBACK_VERSION;
    }

    /** An unfiltered resource still holds the {@code ${project.version}} placeholder. */
    static boolean usable(String version) {
        return version != null && !version.isBlank() && !version.contains("${");
    }
}
