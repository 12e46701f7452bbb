package dev.tempo.engine.discovery;

import dev.tempo.engine.config.RunOptions;
import dev.tempo.engine.events.RunEvent.TestFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the test files of a run the way {@code bun test} does.
 *
 * <ul>
 *   <li>A test file's name is {@code <stem><ext>} where the stem ends in {@code .test}, {@code _test},
 *       {@code .spec} or {@code _spec} and ext is one of .js .jsx .ts .tsx .mjs .cjs .mts .cts, both
 *       compared ignoring case ({@code A.TEST.TS} counts, {@code test.ts} and {@code a.test.d.ts} do not).</li>
 *   <li>The scan starts at the test root (bunfig {@code test.root}, default the project root) and never
 *       enters {@code node_modules} or a directory whose name starts with a dot; hidden files are fine.</li>
 *   <li>An argument starting with {@code ./}, {@code ../} or {@code /} is a path. As soon as one argument
 *       is a path, only the path arguments are scanned: a directory is scanned (even if it is hidden or
 *       node_modules), a file with a JS-like extension runs even if its name is not a test name. A path
 *       runs even when it lies outside the test root or the project (its display path then starts with
 *       {@code ../}); a missing one, or a file with another extension, matches nothing.</li>
 *   <li>Otherwise arguments are case-sensitive substring filters on the path relative to the project root;
 *       a file runs when any filter occurs in it.</li>
 *   <li>{@code pathIgnorePatterns} globs (relative to the project root) remove files and prune whole
 *       directories, explicit paths included.</li>
 * </ul>
 * Unlike bun, the result is de-duplicated and sorted by display path so every run sees the same order.
 */
public final class TestDiscovery {

    /** Extensions bun loads as JavaScript/TypeScript test files. */
    public static final Set<String> EXTENSIONS = Set.of(".js", ".jsx", ".ts", ".tsx", ".mjs", ".cjs", ".mts", ".cts");
    private static final List<String> STEM_SUFFIXES = List.of(".test", "_test", ".spec", "_spec");

    private TestDiscovery() {}

    /** Whether a bare file name follows bun's test-file naming. */
    public static boolean isTestFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot <= 0) return false;
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (!EXTENSIONS.contains(lower.substring(dot))) return false;
        String stem = lower.substring(0, dot);
        for (String suffix : STEM_SUFFIXES) {
            if (stem.endsWith(suffix)) return true;
        }
        return false;
    }

    /** Whether a file name has an extension tempo can load as a test file. */
    public static boolean hasLoadableExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot >= 0 && EXTENSIONS.contains(fileName.substring(dot).toLowerCase(Locale.ROOT));
    }

    /** Whether an argument names a path rather than a substring filter. */
    public static boolean isPathArgument(String arg) {
        return arg.startsWith("./") || arg.startsWith("../") || arg.startsWith("/")
                || arg.equals(".") || arg.equals("..");
    }

    /** Discovers with the root, test root, path filters and ignore globs of the run options. */
    public static Result discover(RunOptions options) throws DiscoveryException {
        return discover(options.rootDir(), options.testRoot(), options.pathFilters(), options.pathIgnorePatterns());
    }

    /**
     * @param rootDir        the project root: display paths, filters and globs are relative to it
     * @param testRoot       where scanning starts (usually rootDir)
     * @param filters        the positional arguments as typed
     * @param ignorePatterns globs of paths to leave out
     * @throws DiscoveryException when the test root does not exist
     */
    public static Result discover(Path rootDir, Path testRoot, List<String> filters, List<String> ignorePatterns)
            throws DiscoveryException {
        long start = System.nanoTime();
        Path root = rootDir.toAbsolutePath().normalize();
        Path scanRoot = testRoot == null ? root : root.resolve(testRoot).normalize();
        if (!Files.exists(scanRoot)) {
            throw new DiscoveryException("Failed to scan non-existent root directory for tests: \"" + scanRoot + "\"");
        }
        List<Glob> ignores = ignorePatterns.stream().map(Glob::compile).toList();
        Walker walker = new Walker(root, ignores);

        List<String> pathArgs = filters.stream().filter(TestDiscovery::isPathArgument).toList();
        try {
            if (!pathArgs.isEmpty()) {
                for (String arg : pathArgs) {
                    Path p = root.resolve(arg).normalize();
                    if (!Files.exists(p)) continue;
                    if (Files.isDirectory(p)) {
                        walker.walk(p, null);
                    } else if (hasLoadableExtension(p.getFileName().toString()) && !walker.ignored(p, false)) {
                        walker.add(p);
                    }
                }
            } else if (Files.isDirectory(scanRoot)) {
                walker.walk(scanRoot, filters.isEmpty() ? null : filters);
            } else if (hasLoadableExtension(scanRoot.getFileName().toString()) && !walker.ignored(scanRoot, false)) {
                walker.add(scanRoot); // test.root naming a single file
            }
        } catch (UncheckedIOException e) {
            throw new DiscoveryException("error: could not scan for tests: " + e.getCause().getMessage());
        }

        List<TestFile> files = new ArrayList<>(walker.found.values());
        files.sort(Comparator.comparing(TestFile::displayPath));
        boolean singleMissingPath = files.isEmpty() && filters.size() == 1 && pathArgs.size() == 1
                && !Files.exists(root.resolve(pathArgs.get(0)).normalize());
        List<String> nameHints = new ArrayList<>();
        if (files.isEmpty()) {
            for (String f : filters) {
                if (!isPathArgument(f) && Files.isRegularFile(root.resolve(f))) nameHints.add(f);
            }
        }
        return new Result(files, walker.searched, List.copyOf(filters), singleMissingPath, nameHints,
                (System.nanoTime() - start) / 1_000_000.0);
    }

    /**
     * What discovery found. When {@link #files()} is empty, {@link #noTestsMessage(String)} is the text bun
     * prints (to stderr) and {@link #exitCodeWhenEmpty(boolean)} its exit code.
     *
     * @param files           the test files, sorted by display path
     * @param searched        how many directory entries were looked at (bun's "N files were searched")
     * @param filters         the positional arguments
     * @param singleMissingPath the only argument was a path that does not exist
     * @param pathHints       non-path filters that name an existing file (bun suggests prefixing "./")
     * @param elapsedMillis   how long the scan took
     */
    public record Result(List<TestFile> files, int searched, List<String> filters, boolean singleMissingPath,
                         List<String> pathHints, double elapsedMillis) {
        public Result {
            files = List.copyOf(files);
            filters = List.copyOf(filters);
            pathHints = List.copyOf(pathHints);
        }

        public boolean isEmpty() {
            return files.isEmpty();
        }

        /**
         * The exit code of a run that found nothing: 0 with --pass-with-no-tests, else 1; a single missing
         * path argument is always an error.
         */
        public int exitCodeWhenEmpty(boolean passWithNoTests) {
            return singleMissingPath || !passWithNoTests ? 1 : 0;
        }

        /**
         * bun's explanation of why nothing was found, lines separated by '\n', ending without a newline.
         *
         * @param command how to spell the command in hints, e.g. "tempo test"
         */
        public String noTestsMessage(String command) {
            String need = "Tests need \".test\", \"_test_\", \".spec\" or \"_spec_\" in the filename (ex: \"MyApp.test.ts\")";
            String learn = "Learn more about " + command + ": run \"" + command + " --help\"";
            if (singleMissingPath) {
                return "Test filter \"" + filters.get(0) + "\" had no matches";
            }
            StringBuilder sb = new StringBuilder();
            if (filters.isEmpty()) {
                sb.append("No tests found!\n\n").append(need).append("\n\n").append(learn);
                return sb.toString();
            }
            sb.append("The following filters did not match any test files:\n ")
                    .append(String.join(" ", filters)).append('\n');
            if (searched > 0) {
                sb.append(searched).append(" files were searched [")
                        .append(String.format(Locale.ROOT, "%.2fms", elapsedMillis)).append("]\n");
            }
            sb.append("\nnote: ").append(need).append('\n');
            for (String hint : pathHints) {
                sb.append("note: To treat the \"").append(hint).append("\" filter as a path, run \"")
                        .append(command).append(" ./").append(hint).append("\"\n");
            }
            sb.append('\n').append(learn);
            return sb.toString();
        }
    }

    /** Walks directories, counting entries and collecting test files. */
    private static final class Walker {
        final Path root;
        final List<Glob> ignores;
        final Map<Path, TestFile> found = new LinkedHashMap<>();
        int searched;

        Walker(Path root, List<Glob> ignores) {
            this.root = root;
            this.ignores = ignores;
        }

        String relative(Path p) {
            String rel = root.relativize(p).toString();
            return p.getFileSystem().getSeparator().equals("/") ? rel : rel.replace(p.getFileSystem().getSeparator(), "/");
        }

        boolean ignored(Path p, boolean directory) {
            if (ignores.isEmpty() || !p.startsWith(root)) return false;
            String rel = relative(p);
            for (Glob g : ignores) {
                if (directory ? g.matchesDirectory(rel) : g.matches(rel)) return true;
            }
            return false;
        }

        void add(Path p) {
            found.putIfAbsent(p, new TestFile(p, relative(p)));
        }

        /** @param substringFilters null = take every test file */
        void walk(Path start, List<String> substringFilters) {
            if (ignored(start, true)) return;
            try {
                Files.walkFileTree(start, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        if (dir.equals(start)) return FileVisitResult.CONTINUE;
                        String name = dir.getFileName().toString();
                        if (name.startsWith(".") || name.equals("node_modules") || ignored(dir, true)) {
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        searched++;
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        searched++;
                        if (!attrs.isDirectory() && isTestFileName(file.getFileName().toString())
                                && !ignored(file, false) && passes(file)) {
                            if (attrs.isSymbolicLink() && !Files.isRegularFile(file)) return FileVisitResult.CONTINUE;
                            add(file);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException exc) {
                        return FileVisitResult.CONTINUE; // unreadable entries are skipped, as bun does
                    }

                    private boolean passes(Path file) {
                        if (substringFilters == null) return true;
                        String rel = relative(file);
                        for (String f : substringFilters) {
                            if (rel.contains(f)) return true;
                        }
                        return false;
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
