package dev.tempo.engine.schedule;

import dev.tempo.engine.js.JsLiterals;
import dev.tempo.engine.module.JsonFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * bun's timings JSON ({@code --timings}): {@code {"version": 1, "files": {"path": milliseconds}}}, paths
 * relative to the project root, slowest first. tempo may add {@code "failed": ["path", …]} (the files
 * that failed when they last ran); bun ignores keys it does not know.
 */
public final class TimingsFile {
    private static final String SHAPE = "must look like { \"version\": 1, \"files\": { \"path\": milliseconds } }";

    private TimingsFile() {}

    /** A file that exists but is not a timings file; the message names the file. */
    public static final class InvalidTimingsException extends Exception {
        InvalidTimingsException(String message) {
            super(message);
        }
    }

    /**
     * Reads a timings file; a missing one reads as empty (bun skips paths that do not exist yet).
     *
     * @param shown the file's name as the user gave it, for messages
     */
    public static FileTimings read(Path file, String shown) throws InvalidTimingsException, IOException {
        Object parsed;
        try {
            Optional<Object> read = JsonFiles.read(file);
            if (read.isEmpty()) return FileTimings.empty();
            parsed = read.get();
        } catch (IllegalArgumentException e) {
            throw new InvalidTimingsException("--timings file " + shown + " is not valid JSON (" + shown + ":" + e.getMessage() + ")");
        }
        if (!(parsed instanceof Map<?, ?> root) || !Double.valueOf(1).equals(root.get("version"))
                || !(root.get("files") instanceof Map<?, ?> files)) {
            throw new InvalidTimingsException("--timings file " + shown + " " + SHAPE);
        }
        Map<String, Double> millis = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : files.entrySet()) {
            if (!(e.getValue() instanceof Double ms) || ms < 0 || ms.isNaN() || ms.isInfinite()) {
                throw new InvalidTimingsException("--timings file " + shown + " " + SHAPE + " (\"" + e.getKey() + "\" is not)");
            }
            millis.put((String) e.getKey(), ms);
        }
        Set<String> failed = new TreeSet<>();
        if (root.get("failed") instanceof List<?> list) {
            for (Object o : list) if (o instanceof String s) failed.add(s);
        }
        return new FileTimings(millis, failed);
    }

    /** The JSON text: files slowest first (ties by path), whole milliseconds as bun writes them. */
    public static String format(FileTimings t, boolean withFailed) {
        List<Map.Entry<String, Double>> entries = new ArrayList<>(t.millis().entrySet());
        entries.sort(Comparator.<Map.Entry<String, Double>>comparingDouble(e -> -Math.round(e.getValue()))
                .thenComparing(Map.Entry::getKey));
        StringBuilder sb = new StringBuilder("{\n  \"version\": 1,\n  \"files\": {");
        for (int i = 0; i < entries.size(); i++) {
            sb.append(i == 0 ? "\n" : ",\n").append("    ").append(JsLiterals.string(entries.get(i).getKey())).append(": ")
                    .append(Math.round(entries.get(i).getValue()));
        }
        sb.append(entries.isEmpty() ? "}" : "\n  }");
        if (withFailed && !t.failed().isEmpty()) {
            sb.append(",\n  \"failed\": [");
            int i = 0;
            for (String f : t.failed()) sb.append(i++ == 0 ? "\n" : ",\n").append("    ").append(JsLiterals.string(f));
            sb.append("\n  ]");
        }
        return sb.append("\n}\n").toString();
    }

    /** Writes through a temporary file and a rename, so a reader never sees half a file. */
    public static void write(Path file, FileTimings t, boolean withFailed) throws IOException {
        JsonFiles.write(file, format(t, withFailed));
    }

}
