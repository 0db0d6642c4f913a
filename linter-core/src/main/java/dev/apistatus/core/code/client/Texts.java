package dev.apistatus.core.code.client;

import com.github.javaparser.ast.Node;
import com.github.javaparser.printer.DefaultPrettyPrinter;
import com.github.javaparser.printer.configuration.DefaultConfigurationOption;
import com.github.javaparser.printer.configuration.DefaultPrinterConfiguration;

/** Code as messages quote it: without comments, on one line, cut when long. */
final class Texts {

    private static final int MAX = 90;

    private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter(new DefaultPrinterConfiguration()
            .removeOption(new DefaultConfigurationOption(DefaultPrinterConfiguration.ConfigOption.PRINT_COMMENTS))
            .removeOption(new DefaultConfigurationOption(DefaultPrinterConfiguration.ConfigOption.PRINT_JAVADOC)));

    private Texts() {
    }

    static String of(Node node) {
        if (node == null) {
            return "";
        }
        String s = PRINTER.print(node).replaceAll("\\s*\\R\\s*", " ").trim();
        return s.length() > MAX ? s.substring(0, MAX - 3) + "..." : s;
    }
}
