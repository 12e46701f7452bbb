package dev.tempo.engine.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlPosition;
import org.tomlj.TomlTable;

/**
 * The {@code [test]} table of bunfig.toml (and the top-level {@code preload}). A broken file or a value
 * of the wrong type is a {@link UsageException} naming {@code bunfig.toml:line:column}.
 */
public record Bunfig(
        Path file,
        String root,
        List<String> preload,
        Double timeout,
        Integer bail,
        Integer retry,
        Boolean randomize,
        Long seed,
        String concurrentTestGlob,
        List<String> pathIgnorePatterns,
        Boolean onlyFailures,
        String junitOutfile) {

    public static Bunfig none() {
        return new Bunfig(null, null, List.of(), null, null, null, null, null, null, List.of(), null, null);
    }

    /** Reads {@code file}; a missing file is {@link #none()}. */
    public static Bunfig read(Path file) {
        if (!Files.isRegularFile(file)) return none();
        TomlParseResult toml;
        try {
            toml = Toml.parse(file);
        } catch (IOException e) {
            throw new UsageException("error: cannot read " + file + ": " + e.getMessage());
        }
        if (toml.hasErrors()) {
            TomlParseError e = toml.errors().get(0);
            throw new UsageException("error: " + where(file, e.position()) + ": " + e.getMessage().replaceFirst(" \\(line \\d+, column \\d+\\)$", ""));
        }
        List<String> preload = new ArrayList<>(strings(file, toml, "preload"));
        TomlTable test = toml.getTable("test");
        if (test == null) {
            return new Bunfig(file, null, preload, null, null, null, null, null, null, List.of(), null, null);
        }
        preload.addAll(strings(file, test, "preload"));
        Object bail = test.get("bail");
        Integer bailN = bail == null ? null : bail instanceof Boolean b ? (b ? 1 : 0)
                : bail instanceof Long l ? Integer.valueOf(l.intValue()) : typeError(file, test, "bail", "a number or boolean");
        return new Bunfig(file,
                string(file, test, "root"),
                preload,
                number(file, test, "timeout"),
                bailN,
                integer(file, test, "retry"),
                bool(file, test, "randomize"),
                integer(file, test, "seed") == null ? null : Long.valueOf(integer(file, test, "seed")),
                string(file, test, "concurrentTestGlob"),
                strings(file, test, "pathIgnorePatterns"),
                bool(file, test, "onlyFailures"),
                test.isTable("reporter") ? string(file, test.getTable("reporter"), "junit") : null);
    }

    private static String where(Path file, TomlPosition p) {
        return file.getFileName() + ":" + (p == null ? "1:1" : p.line() + ":" + p.column());
    }

    private static <T> T typeError(Path file, TomlTable t, String key, String expected) {
        throw new UsageException("error: " + where(file, t.inputPositionOf(key)) + ": test." + key + " must be " + expected);
    }

    private static String string(Path file, TomlTable t, String key) {
        Object v = t.get(key);
        if (v == null) return null;
        if (v instanceof String s) return s;
        return typeError(file, t, key, "a string");
    }

    private static Double number(Path file, TomlTable t, String key) {
        Object v = t.get(key);
        if (v == null) return null;
        if (v instanceof Long l) return l.doubleValue();
        if (v instanceof Double d) return d;
        return typeError(file, t, key, "a number");
    }

    private static Integer integer(Path file, TomlTable t, String key) {
        Object v = t.get(key);
        if (v == null) return null;
        if (v instanceof Long l) return l.intValue();
        return typeError(file, t, key, "an integer");
    }

    private static Boolean bool(Path file, TomlTable t, String key) {
        Object v = t.get(key);
        if (v == null) return null;
        if (v instanceof Boolean b) return b;
        return typeError(file, t, key, "true or false");
    }

    private static List<String> strings(Path file, TomlTable t, String key) {
        Object v = t.get(key);
        if (v == null) return List.of();
        if (v instanceof String s) return List.of(s);
        if (v instanceof TomlArray a) {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < a.size(); i++) {
                if (!(a.get(i) instanceof String s)) return typeError(file, t, key, "a string or an array of strings");
                out.add(s);
            }
            return out;
        }
        return typeError(file, t, key, "a string or an array of strings");
    }
}
