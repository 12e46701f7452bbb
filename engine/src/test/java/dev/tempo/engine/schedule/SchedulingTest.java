package dev.tempo.engine.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tempo.engine.events.RunEvent.TestFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SchedulingTest {
    private static List<TestFile> files(String... names) {
        return Stream.of(names).map(n -> new TestFile(Path.of("/p", n), n)).toList();
    }

    private static List<String> names(List<TestFile> files) {
        return files.stream().map(TestFile::displayPath).toList();
    }

    @Test
    void slowestFirstThenLastRunsFailuresAmongEqualsThenTheGivenOrder() {
        FileTimings t = new FileTimings(Map.of("a", 5.0, "b", 100.0, "c", 5.2, "d", 40.0), Set.of("c"));
        // e is unknown: the median (22.5); c and a both round to 5 ms, c failed last time.
        assertThat(names(DispatchOrder.slowestFirst(files("a", "b", "c", "d", "e"), t))).containsExactly("b", "d", "e", "c", "a");
    }

    @Test
    void withoutHistoryTheGivenOrderIsKept() {
        assertThat(names(DispatchOrder.slowestFirst(files("c", "a", "b"), FileTimings.empty()))).containsExactly("c", "a", "b");
    }

    @Test
    void withoutTimingsShardsAreRoundRobinOverSortedPaths() {
        List<TestFile> all = files("d", "b", "a", "c", "e");
        assertThat(names(ShardPlan.shard(all, FileTimings.empty(), 1, 2))).containsExactly("a", "c", "e");
        assertThat(names(ShardPlan.shard(all, FileTimings.empty(), 2, 2))).containsExactly("b", "d");
        // timings of other files only: still round-robin
        FileTimings elsewhere = new FileTimings(Map.of("zzz", 9.0), Set.of());
        assertThat(names(ShardPlan.shard(all, elsewhere, 1, 2))).containsExactly("a", "c", "e");
    }

    @Test
    void withTimingsShardsAreBalancedByDuration() {
        FileTimings t = new FileTimings(Map.of("a", 100.0, "b", 60.0, "c", 50.0, "d", 30.0, "e", 20.0, "f", 10.0), Set.of());
        List<TestFile> all = files("a", "b", "c", "d", "e", "f");
        // LPT: a->1 (100), b->2 (60), c->2 (110), d->1 (130), e->2 (130), f->1 (140)
        assertThat(names(ShardPlan.shard(all, t, 1, 2))).containsExactly("a", "d", "f");
        assertThat(names(ShardPlan.shard(all, t, 2, 2))).containsExactly("b", "c", "e");
    }

    @Test
    void shardsCoverEveryFileExactlyOnceAndTiesGoByPath() {
        FileTimings t = new FileTimings(Map.of("x1", 10.0, "x2", 10.0, "x3", 10.0), Set.of());
        List<TestFile> all = files("x3", "x2", "x1", "u1", "u2");
        List<String> seen = new ArrayList<>();
        for (int i = 1; i <= 3; i++) seen.addAll(names(ShardPlan.shard(all, t, i, 3)));
        assertThat(seen).containsExactlyInAnyOrder("x1", "x2", "x3", "u1", "u2");
        // all five cost 10 (u1, u2 take the median): by path u1, u2, x1, x2, x3 round the three bins
        assertThat(names(ShardPlan.shard(all, t, 1, 3))).containsExactly("u1", "x2");
        assertThat(names(ShardPlan.shard(all, t, 3, 3))).containsExactly("x1");
    }
}
