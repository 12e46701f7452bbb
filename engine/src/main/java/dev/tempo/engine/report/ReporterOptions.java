package dev.tempo.engine.report;

import java.io.PrintStream;

/**
 * How the line reporters print.
 *
 * @param out          where bun prints its header and what tests log (stdout)
 * @param err          where bun prints results and the summary (stderr)
 * @param version      the version shown in the header line
 */
public record ReporterOptions(boolean color, boolean onlyFailures, String version, PrintStream out, PrintStream err) {}
