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
        if (dots && "junit".equals(name == null ? "" : name.strip())) {
            List<RunListener> withXml = createNamed("junit", options, outfile);
            return List.of(new DotsReporter(options), withXml.get(withXml.size() - 1));
        }
        if (dots) return createNamed("dots", options, null);
        return createNamed(name, options, outfile);
    }

    private static List<RunListener> createNamed(String name, ReporterOptions options, Path outfile) {
        String n = name == null ? "" : name.strip();
        return switch (n) {
            case "", "default" -> List.of(new BunReporter(options));
            case "dots", "dot" -> List.of(new DotsReporter(options));
            case "junit" -> {
                if (outfile == null) {
                    throw new IllegalArgumentException(
                            "--reporter=junit requires --reporter-outfile [file] to specify where to save the XML report");
                }
                yield List.of(new BunReporter(options), new JUnitXmlReporter(outfile, options));
            }
            default -> throw new IllegalArgumentException("unsupported reporter format '" + n
                    + "'. Available options: 'junit' (for XML test results), 'dots'");
        };
    }
}
