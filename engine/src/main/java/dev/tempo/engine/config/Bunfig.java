package dev.tempo.engine.config;

import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlPosition;
import org.tomlj.TomlTable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * The test-related settings of a {@code bunfig.toml}. Every field is null when the file does not set it.
 *
 * <p>Read: top-level {@code preload}; in {@code [test]}: {@code root}, {@code preload}, {@code timeout},
 * {@code bail}, {@code retry}, {@code rerunEach}, {@code randomize}, {@code seed}, {@code concurrentTestGlob},
 * {@code maxConcurrency}, {@code pathIgnorePatterns}, {@code onlyFailures}, {@code smol}, {@code coverage};
 * in {@code [test.reporter]}: {@code junit} (outfile) and {@code dots}. Other coverage keys and every other
 * section are accepted and ignored. {@code timeout}, {@code bail} and {@code maxConcurrency} are tempo's
 * additions (bun ignores them). A value of the wrong type is an error, where bun sometimes ignores it.
 *
 * @param file               the file read
 * @param root               test.root as written
 * @param preload            top-level preload followed by test.preload, duplicates removed
 * @param junitOutfile       [test.reporter] junit
 */
public record Bunfig(
        Path file,
        String root,
        List<String> preload,
        Long timeoutMillis,
        Integer bail,
        Integer retry,
        Integer rerunEach,
        Boolean randomize,
        Long seed,
        List<String> concurrentTestGlobs,
        Integer maxConcurrency,
        List<String> pathIgnorePatterns,
        Boolean onlyFailures,
        Boolean dots,
        String junitOutfile,
        Boolean smol,
        Boolean coverage,
        Boolean isolateProcesses,
        Boolean jit) {

    public static final String FILE_NAME = "bunfig.toml";
    static final long MAX_U32 = 0xFFFF_FFFFL;

    /** Reads {@code rootDir/bunfig.toml} if there is one. */
    public static Optional<Bunfig> loadDefault(Path rootDir) throws BunfigException {
        Path file = rootDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) return Optional.empty();
        return Optional.of(load(file, FILE_NAME));
    }

    /**
     * Reads a bunfig file that must exist (for {@code --config}).
     *
     * @param displayName how errors name the file, e.g. "bunfig.toml" or the path as typed
     */
    public static Bunfig load(Path file, String displayName) throws BunfigException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new BunfigException("cannot read config \"" + file.toAbsolutePath() + "\": no such file");
        } catch (IOException e) {
            throw new BunfigException("cannot read config \"" + file.toAbsolutePath() + "\": " + e.getMessage());
        }
        return parse(text, displayName, file);
    }

    /** Parses bunfig text; errors are named {@code displayName:LINE:COL: message}. */
    public static Bunfig parse(String text, String displayName, Path file) throws BunfigException {
        TomlParseResult toml = Toml.parse(text);
        if (toml.hasErrors()) {
            TomlParseError e = toml.errors().get(0);
            throw new BunfigException(at(displayName, e.position(), e.getMessage()));
        }
        Reader r = new Reader(displayName);
        List<String> preload = new ArrayList<>(r.strings(toml, "preload", "preload", "Expected preload to be an array"));

        TomlTable test = r.table(toml, "test", "test");
        String root = null;
        Long timeout = null, seed = null;
        Integer bail = null, retry = null, rerunEach = null, maxConcurrency = null;
        Boolean randomize = null, onlyFailures = null, dots = null, smol = null, coverage = null, isolateProcesses = null, jit = null;
        List<String> concurrentGlobs = List.of(), ignores = List.of();
        String junit = null;
        boolean concurrentGlobSet = false, ignoresSet = false;
        if (test != null) {
            root = r.string(test, "root", "test.root");
            preload.addAll(r.strings(test, "preload", "test.preload", "Expected preload to be an array"));
            timeout = r.number(test, "timeout", "test.timeout", 0, MAX_U32);
            bail = r.bail(test);
            retry = toInt(r.number(test, "retry", "test.retry", 0, Integer.MAX_VALUE));
            rerunEach = toInt(r.number(test, "rerunEach", "test.rerunEach", 0, Integer.MAX_VALUE));
            randomize = r.bool(test, "randomize", "test.randomize");
            seed = r.number(test, "seed", "test.seed", 0, MAX_U32);
            concurrentGlobSet = test.contains("concurrentTestGlob");
            concurrentGlobs = r.strings(test, "concurrentTestGlob", "test.concurrentTestGlob",
                    "Expected concurrentTestGlob to be a string or an array of strings");
            maxConcurrency = toInt(r.number(test, "maxConcurrency", "test.maxConcurrency", 1, Integer.MAX_VALUE));
            ignoresSet = test.contains("pathIgnorePatterns");
            ignores = r.strings(test, "pathIgnorePatterns", "test.pathIgnorePatterns",
                    "Expected pathIgnorePatterns to be a string or an array of strings");
            onlyFailures = r.bool(test, "onlyFailures", "test.onlyFailures");
            smol = r.bool(test, "smol", "test.smol");
            coverage = r.bool(test, "coverage", "test.coverage");
            String isolate = r.string(test, "isolate", "test.isolate");
            if (isolate != null) isolateProcesses = r.isolate(test, isolate);
            jit = r.bool(test, "jit", "test.jit");
            TomlTable reporter = r.table(test, "reporter", "test.reporter");
            if (reporter != null) {
                junit = r.string(reporter, "junit", "test.reporter.junit");
                dots = r.bool(reporter, "dots", "test.reporter.dots");
            }
        }
        return new Bunfig(file, root, List.copyOf(new LinkedHashSet<>(preload)), timeout, bail, retry, rerunEach,
                randomize, seed, concurrentGlobSet ? concurrentGlobs : null, maxConcurrency,
                ignoresSet ? ignores : null, onlyFailures, dots, junit, smol, coverage, isolateProcesses, jit);
    }

    /** Copies every setting this file makes into the builder (call before applying flags). */
    public RunOptions.Builder applyTo(RunOptions.Builder b) {
        b.configFile(file);
        if (root != null) b.testRoot(Path.of(root));
        if (!preload.isEmpty()) b.preload(preload);
        if (timeoutMillis != null) b.timeoutMillis(timeoutMillis);
        if (bail != null) b.bail(bail);
        if (isolateProcesses != null) b.isolateProcesses(isolateProcesses);
        if (jit != null) b.jit(jit);
        if (retry != null) b.retry(retry);
        if (rerunEach != null) b.rerunEach(rerunEach);
        if (randomize != null) b.randomize(randomize);
        if (seed != null) b.seed(seed);
        if (concurrentTestGlobs != null) b.concurrentTestGlobs(concurrentTestGlobs);
        if (maxConcurrency != null) b.maxConcurrency(maxConcurrency);
        if (pathIgnorePatterns != null) b.pathIgnorePatterns(pathIgnorePatterns);
        if (onlyFailures != null) b.onlyFailures(onlyFailures);
        if (Boolean.TRUE.equals(dots)) b.dots(true).reporter(RunOptions.Reporter.DOTS);
        if (junitOutfile != null) b.reporter(RunOptions.Reporter.JUNIT).reporterOutfile(Path.of(junitOutfile));
        if (smol != null) b.smol(smol);
        if (coverage != null) b.coverage(coverage);
        return b;
    }

    private static Integer toInt(Long v) {
        return v == null ? null : Math.toIntExact(v);
    }

    static String at(String displayName, TomlPosition pos, String message) {
        return pos == null ? displayName + ": " + message
                : displayName + ":" + pos.line() + ":" + pos.column() + ": " + message;
    }

    /** Typed getters that turn a wrong type into a positioned {@link BunfigException}. */
    private record Reader(String displayName) {

        private BunfigException wrong(TomlTable t, String key, String message) {
            return new BunfigException(at(displayName, t.inputPositionOf(List.of(key)), message));
        }

        TomlTable table(TomlTable t, String key, String name) throws BunfigException {
            Object v = t.get(List.of(key));
            if (v == null) return null;
            if (v instanceof TomlTable table) return table;
            throw wrong(t, key, "expected " + name + " to be a table but found " + typeName(v));
        }

        String string(TomlTable t, String key, String name) throws BunfigException {
            Object v = t.get(List.of(key));
            if (v == null) return null;
            if (v instanceof String s) return s;
            throw wrong(t, key, "expected " + name + " to be a string but found " + typeName(v));
        }

        Boolean bool(TomlTable t, String key, String name) throws BunfigException {
            Object v = t.get(List.of(key));
            if (v == null) return null;
            if (v instanceof Boolean b) return b;
            throw wrong(t, key, "expected " + name + " to be a boolean but found " + typeName(v));
        }

        Long number(TomlTable t, String key, String name, long min, long max) throws BunfigException {
            Object v = t.get(List.of(key));
            if (v == null) return null;
            if (!(v instanceof Long n)) {
                throw wrong(t, key, "expected " + name + " to be an integer but found " + typeName(v));
            }
            if (n < min || n > max) {
                throw wrong(t, key, name + " must be between " + min + " and " + max + ", got " + n);
            }
            return n;
        }

        /** test.isolate: "process" (worker JVMs) or "none" (in-process, the default). */
        Boolean isolate(TomlTable t, String value) throws BunfigException {
            if (value.equals("process") || value.equals("none")) return value.equals("process");
            throw wrong(t, "isolate", "expected test.isolate to be \"process\" or \"none\" but found \"" + value + "\"");
        }

        Integer bail(TomlTable t) throws BunfigException {
            Object v = t.get(List.of("bail"));
            if (v instanceof Boolean b) return b ? 1 : 0;
            return toInt(number(t, "bail", "test.bail", 0, Integer.MAX_VALUE));
        }

        /** A string or an array of strings; empty when absent. */
        List<String> strings(TomlTable t, String key, String name, String typeMessage) throws BunfigException {
            Object v = t.get(List.of(key));
            if (v == null) return List.of();
            if (v instanceof String s) return List.of(s);
            if (!(v instanceof TomlArray array)) throw wrong(t, key, typeMessage);
            List<String> out = new ArrayList<>(array.size());
            for (int i = 0; i < array.size(); i++) {
                Object item = array.get(i);
                if (!(item instanceof String s)) {
                    throw new BunfigException(at(displayName, array.inputPositionOf(i),
                            "expected every entry of " + name + " to be a string but found " + typeName(item)));
                }
                out.add(s);
            }
            return out;
        }

        static String typeName(Object v) {
            return switch (v) {
                case String s -> "a string";
                case Long l -> "an integer";
                case Double d -> "a float";
                case Boolean b -> "a boolean";
                case TomlArray a -> "an array";
                case TomlTable t -> "a table";
                default -> "a date/time";
            };
        }
    }
}
