package dev.tempo.engine.report;

import dev.tempo.engine.events.RunListener;
import java.nio.file.Path;
import java.util.List;

/**
 * The listeners for a {@code --reporter} name, as bun picks them: the default console output, the dots
 * output ({@code dots}, also {@code dot}), or {@code junit}, which writes XML to the outfile and still
 * prints the default console output.
 */
public final class Reporters {
    private static final List<String> KNOWN = List.of("", "default", "dots", "dot", "junit");

    private Reporters() {}

    /**
     * @param name    "default" (or null/empty), "dots"/"dot", or "junit"
     * @param outfile where junit writes; required for junit, ignored otherwise
     * @throws IllegalArgumentException for an unknown name or junit without an outfile, with bun's wording
     */
    public static List<RunListener> create(String name, ReporterOptions options, Path outfile) {
        return create(name, false, options, outfile);
    }

    /**
     * As {@link #create(String, ReporterOptions, Path)}; with {@code dots} the console part prints dots even
     * when the named reporter is junit ({@code --reporter=junit --dots}).
     */
    public static List<RunListener> create(String name, boolean dots, ReporterOptions options, Path outfile) {
        String n = name == null ? "" : name.strip();
        if (!KNOWN.contains(n)) {
            throw new IllegalArgumentException("unsupported reporter format '" + n
                    + "'. Available options: 'junit' (for XML test results), 'dots'");
        }
        boolean junit = n.equals("junit");
        if (junit && outfile == null) {
            throw new IllegalArgumentException(
                    "--reporter=junit requires --reporter-outfile [file] to specify where to save the XML report");
        }
        boolean dotted = dots || n.equals("dots") || n.equals("dot");
        RunListener console = dotted ? new DotsReporter(options) : new BunReporter(options);
        return junit ? List.of(console, new JUnitXmlReporter(outfile, options)) : List.of(console);
    }
}
