package dev.tempo.engine.events;

import java.util.List;

/**
 * A test's stable identity: its file's display path plus the names of its describe chain and itself.
 * Reporters, the timing cache, JUnit XML and the TUI selection all key on {@link #key()}.
 */
public record TestId(String file, List<String> path) {
    public TestId {
        path = List.copyOf(path);
    }

    /** The test's own name (the last element of its path). */
    public String name() {
        return path.isEmpty() ? "" : path.get(path.size() - 1);
    }

    /** The describe names above the test, outermost first. */
    public List<String> describes() {
        return path.isEmpty() ? List.of() : path.subList(0, path.size() - 1);
    }

    /** "outer > inner > test name", as bun prints a test. */
    public String fullName() {
        return String.join(" > ", path);
    }

    public String key() {
        return file + "::" + fullName();
    }
}
