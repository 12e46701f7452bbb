package dev.tempo.tui.screen.model;

/**
 * A line of the tests pane: a file heading (when a folder is selected), a describe block or a test.
 *
 * @param names the describe chain (and test name) this row stands for; empty for a file heading
 * @param test  the test's state; null for a heading or describe
 */
public record TestRow(Kind kind, String label, java.util.List<String> names, int depth, Status status, double durationMillis, FileState file,
                      TestState test) {
    public enum Kind { FILE, DESCRIBE, TEST }
}
