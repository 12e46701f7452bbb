package dev.tempo.engine.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What the runner inside one file's context needs to know.
 *
 * @param testNamePattern a JS regular expression source (-t), or null
 * @param runTodo         run todo tests that have a body (--todo)
 * @param only            --only: run only .only tests, in every file
 * @param timeoutMillis   the default per-test timeout
 * @param concurrent      run every test of this file concurrently (--concurrent or the glob matched)
 * @param seed            seed for --randomize (ignored when randomize is false)
 * @param preload         files loaded before the test file (--preload, bunfig preload)
 * @param updateSnapshots -u: rewrite snapshots that do not match and drop obsolete ones
 * @param ci              on CI (CI env var, unless CI=false): .only throws at registration and missing
 *                        snapshots fail instead of being written, as in bun
 * @param conditions      extra package.json export/import conditions (--conditions), besides bun's own
 */
public record FileSettings(
        String testNamePattern,
        boolean runTodo,
        boolean only,
        double timeoutMillis,
        int retry,
        boolean randomize,
        long seed,
        int maxConcurrency,
        boolean concurrent,
        Path cwd,
        Map<String, String> env,
        List<Path> preload,
        boolean updateSnapshots,
        boolean ci,
        List<String> conditions) {

    public FileSettings {
        conditions = List.copyOf(conditions);
    }

    public static FileSettings defaults(Path cwd) {
        return new FileSettings(null, false, false, 5000, 0, false, 0, 20, false, cwd, System.getenv(), List.of(), false, false, List.of());
    }
}
