package dev.tempo.engine.baseline;

import dev.tempo.engine.js.JsLiterals;
import dev.tempo.engine.module.JsonFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code --baseline FILE}: the ids ({@link dev.tempo.engine.events.TestId#key()}, "file::describe > name")
 * of the tests that passed when it was written, as {@code {"version": 1, "passing": [id, …]}}, sorted so
 * that it diffs well under version control. A missing file is an empty baseline.
 */
public record Baseline(Set<String> passing) {
    private static final String SHAPE = "must look like { \"version\": 1, \"passing\": [\"file::test name\", ...] }";

    public Baseline {
        passing = java.util.Collections.unmodifiableSet(new TreeSet<>(passing));
    }

    /** A file that exists but is not a baseline; the message names it. */
    public static final class InvalidBaselineException extends Exception {
        InvalidBaselineException(String message) {
            super(message);
        }
    }

    public static Baseline read(Path file, String shown) throws InvalidBaselineException, IOException {
        Object parsed;
        try {
            Optional<Object> read = JsonFiles.read(file);
            if (read.isEmpty()) return new Baseline(Set.of());
            parsed = read.get();
        } catch (IllegalArgumentException e) {
            throw new InvalidBaselineException("--baseline file " + shown + " is not valid JSON (" + shown + ":" + e.getMessage() + ")");
        }
        if (!(parsed instanceof Map<?, ?> root) || !Double.valueOf(1).equals(root.get("version"))
                || !(root.get("passing") instanceof List<?> ids) || !ids.stream().allMatch(String.class::isInstance)) {
            throw new InvalidBaselineException("--baseline file " + shown + " " + SHAPE);
        }
        Set<String> passing = new TreeSet<>();
        for (Object id : ids) passing.add((String) id);
        return new Baseline(passing);
    }

    public String format() {
        StringBuilder sb = new StringBuilder("{\n  \"version\": 1,\n  \"passing\": [");
        int i = 0;
        for (String id : passing) sb.append(i++ == 0 ? "\n" : ",\n").append("    ").append(JsLiterals.string(id));
        return sb.append(passing.isEmpty() ? "]\n}\n" : "\n  ]\n}\n").toString();
    }

    /** Writes through a temporary file and a rename. */
    public void write(Path file) throws IOException {
        JsonFiles.write(file, format());
    }
}
