package dev.tempo.engine.config;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything one `tempo test` run was asked for, after flags and bunfig.toml are merged (flags win).
 *
 * @param testNamePattern -t: a JS regular expression source, or null
 * @param bail            stop after this many failures; 0 never
 * @param seed            --seed; null picks one when randomizing
 * @param parallelism     worker threads running files at once
 */
public record RunOptions(
        Path root,
        List<String> paths,
        String testNamePattern,
        boolean only,
        boolean todo,
        int bail,
        double timeoutMillis,
        int rerunEach,
        int retry,
        boolean randomize,
        Long seed,
        boolean concurrent,
        String concurrentTestGlob,
        int maxConcurrency,
        String reporter,
        Path reporterOutfile,
        boolean onlyFailures,
        boolean passWithNoTests,
        List<Path> preload,
        List<String> pathIgnorePatterns,
        boolean updateSnapshots,
        int parallelism,
        boolean color) {

    public static RunOptions defaults(Path root) {
        return new RunOptions(root, List.of(), null, false, false, 0, 5000, 1, 0, false, null, false, null, 20,
                "default", null, false, false, List.of(), List.of(), false, Runtime.getRuntime().availableProcessors(), false);
    }
}
