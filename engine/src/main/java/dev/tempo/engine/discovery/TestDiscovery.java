package dev.tempo.engine.discovery;

import dev.tempo.engine.config.UsageException;
import dev.tempo.engine.events.RunEvent.TestFile;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Finds test files as bun does: names with {@code .test}, {@code _test}, {@code .spec} or {@code _spec}
 * before a js/jsx/ts/tsx/mjs/cjs/mts/cts extension, under the root, skipping node_modules and hidden
 * directories. Path arguments: an existing path ("./dir", "a.test.ts") narrows to it; anything else is
 * a substring filter on the relative path; an argument that matches nothing is an error.
 */
public final class TestDiscovery {
    public static final Pattern TEST_FILE = Pattern.compile(".*(?:\\.test|_test|\\.spec|_spec)\\.(?:js|jsx|ts|tsx|mjs|cjs|mts|cts)$");
    public static final String HINT = "Tests need \".test\", \"_test_\", \".spec\" or \"_spec_\" in the filename (ex: \"MyApp.test.ts\")";

    private TestDiscovery() {}

    public static List<TestFile> discover(Path cwd, Path root, List<String> args, List<String> ignoreGlobs) {
        List<PathMatcher> ignores = new ArrayList<>();
        for (String g : ignoreGlobs) ignores.add(FileSystems.getDefault().getPathMatcher("glob:" + g));
        TreeSet<Path> found = new TreeSet<>();
        List<String> filters = new ArrayList<>();
        for (String arg : args) {
            Path p = cwd.resolve(arg).normalize();
            boolean pathLike = arg.startsWith("./") || arg.startsWith("../") || arg.startsWith("/") || Files.exists(p);
            if (pathLike) {
                if (Files.isRegularFile(p)) found.add(p.toAbsolutePath());
                else if (Files.isDirectory(p)) walk(p, cwd, ignores, found);
                else throw new UsageException("error: Test filter \"" + arg + "\" had no matches: no such file or directory " + p);
            } else {
                filters.add(arg);
            }
        }
        if (args.isEmpty() || !filters.isEmpty() && found.isEmpty()) {
            TreeSet<Path> all = new TreeSet<>();
            walk(root, cwd, ignores, all);
            for (Path p : all) {
                String rel = display(cwd, p);
                if (filters.isEmpty() || filters.stream().anyMatch(rel::contains)) found.add(p);
            }
            for (String f : filters) {
                if (found.stream().noneMatch(p -> display(cwd, p).contains(f))) {
                    throw new UsageException("error: Test filter \"" + f + "\" had no matches in " + root + "\n\n" + HINT);
                }
            }
        }
        List<TestFile> out = new ArrayList<>();
        for (Path p : found) out.add(new TestFile(p, display(cwd, p)));
        return out;
    }

    static String display(Path cwd, Path p) {
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }

    private static void walk(Path dir, Path cwd, List<PathMatcher> ignores, TreeSet<Path> out) {
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    String name = d.getFileName() == null ? "" : d.getFileName().toString();
                    if (!d.equals(dir) && (name.equals("node_modules") || name.startsWith("."))) return FileVisitResult.SKIP_SUBTREE;
                    if (ignored(cwd, d, ignores)) return FileVisitResult.SKIP_SUBTREE;
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    if (TEST_FILE.matcher(f.getFileName().toString()).matches() && !ignored(cwd, f, ignores)) {
                        out.add(f.toAbsolutePath().normalize());
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UsageException("error: cannot read " + dir + ": " + e.getMessage());
        }
    }

    private static boolean ignored(Path cwd, Path p, List<PathMatcher> ignores) {
        if (ignores.isEmpty()) return false;
        Path rel = cwd.relativize(p.toAbsolutePath().normalize());
        return ignores.stream().anyMatch(m -> m.matches(rel));
    }
}
