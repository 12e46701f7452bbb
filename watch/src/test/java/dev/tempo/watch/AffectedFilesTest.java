package dev.tempo.watch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tempo.watch.fs.Change;
import dev.tempo.watch.graph.AffectedFiles;
import dev.tempo.watch.graph.ImportGraph;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The pure part of the watch loop: a batch of changes to a plan. Paths need not exist. */
class AffectedFilesTest {
    private final Path root = Path.of("/nonexistent-project");
    private final Path a = root.resolve("a.test.js");
    private final Path b = root.resolve("b.test.js");
    private final Path util = root.resolve("src/util/math.js");
    private final ImportGraph graph = new ImportGraph();

    AffectedFilesTest() {
        graph.record(a, Set.of(a, util));
        graph.record(b, Set.of(b));
    }

    @Test
    void aDeletedDirectoryRerunsTheTestFilesThatLoadedAnythingInIt() {
        var plan = AffectedFiles.of(List.of(new Change(root.resolve("src/util"), Change.Kind.DELETED)), graph,
                Set.of(a, b), Set.of(a, b), Set.of(), root);

        assertThat(plan.run()).containsExactly(a);
        assertThat(plan.unaffected()).isEmpty();
    }

    @Test
    void aNestedTsconfigRerunsAll() {
        var plan = AffectedFiles.of(List.of(new Change(root.resolve("packages/x/tsconfig.build.json"), Change.Kind.MODIFIED)),
                graph, Set.of(a, b), Set.of(a, b), Set.of(), root);

        assertThat(plan.all()).isTrue();
        assertThat(plan.reason()).isEqualTo("packages/x/tsconfig.build.json changed");
    }

    @Test
    void anEditedImportStopsCountingOnceTheFileRanAgain() {
        graph.record(a, Set.of(a));

        var plan = AffectedFiles.of(List.of(new Change(util, Change.Kind.MODIFIED)), graph, Set.of(a, b), Set.of(a, b), Set.of(), root);

        assertThat(plan.isEmpty()).isTrue();
        assertThat(plan.unaffected()).containsExactly(util);
    }
}
