package dev.tempo.engine.report;

/**
 * bun's {@code --dots} / {@code --reporter=dots} output: a coloured dot per passing, skipped or todo
 * test, on one line across files; failing tests, console output and errors print as the default
 * reporter prints them (under their file's heading, shown only then), the dot line ended first.
 * The summary has no indent and a blank line more.
 */
public final class DotsReporter extends BunReporter {
    public DotsReporter(ReporterOptions options) {
        super(options, true);
    }
}
