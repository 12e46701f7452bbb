package dev.tempo.engine.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Expected output captured from bun 1.4.5 on the fixture projects under {@code report/fixtures}, kept in
 * {@code report/golden/<scenario>.<variant>.txt}: the project path written as {@code {root}}, escape
 * characters as {@code \e}, durations set to the ones the scenarios script.
 */
final class Golden {
    static final Path RESOURCES = Path.of("src/test/resources/report");

    private Golden() {}

    static String expected(String scenario, String variant, Path root) {
        try {
            String text = Files.readString(RESOURCES.resolve("golden/" + scenario + "." + variant + ".txt"), StandardCharsets.UTF_8);
            return esc(text).replace("{root}", root.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String esc(String s) {
        return s.replace("\\e", "\u001b");
    }

    /** Copies the fixture project's sources (the excerpts are read from them) into {@code root}. */
    static void copyFixture(String scenario, Path root) {
        Path from = RESOURCES.resolve("fixtures/" + scenario);
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path to = root.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(to);
                else Files.copy(p, to);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A reporter's two streams captured. */
    static final class Capture {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final ByteArrayOutputStream err = new ByteArrayOutputStream();
        final PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
        final PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);

        ReporterOptions options(boolean color, boolean onlyFailures, Path root) {
            return new ReporterOptions(color, onlyFailures, root, "0.1.0", outStream, errStream);
        }

        ReporterOptions options(boolean color, boolean onlyFailures, Path root, boolean github) {
            return new ReporterOptions(color, onlyFailures, root, "0.1.0", outStream, errStream, github);
        }

        String out() {
            return out.toString(StandardCharsets.UTF_8);
        }

        String err() {
            return err.toString(StandardCharsets.UTF_8);
        }
    }
}
