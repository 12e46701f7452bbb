package dev.tempo.watch.git;

import dev.tempo.engine.events.RunEvent.TestFile;
import dev.tempo.watch.graph.AffectedFiles;
import dev.tempo.watch.graph.CanonicalPath;
import dev.tempo.watch.graph.StaticImports;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code tempo test --changed[=REF]}: the test files affected by what changed in git since REF. Nothing has
 * run yet, so the graph comes from {@link StaticImports}: a test file is affected when it changed or a file
 * it imports (transitively) changed; a changed bunfig.toml, package.json or tsconfig affects them all.
 */
public final class ChangedTests {
    private ChangedTests() {}

    public static List<TestFile> select(Path root, String ref, List<TestFile> files) throws GitChanges.GitException {
        Set<Path> changed = GitChanges.since(root, ref).stream().map(CanonicalPath::of).collect(Collectors.toSet());
        if (changed.stream().anyMatch(p -> AffectedFiles.isConfigFile(p) && !p.toString().contains("/node_modules/"))) return files;
        List<TestFile> out = new ArrayList<>();
        for (TestFile f : files) {
            for (Path p : StaticImports.closure(f.path())) {
                if (changed.contains(p)) {
                    out.add(f);
                    break;
                }
            }
        }
        return out;
    }
}
