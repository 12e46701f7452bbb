package dev.tempo.tui.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The timing cache, --timings / --update-timings and --shard, on a copy of the "basic" fixture. */
class SchedulingEndToEndTest {
    @TempDir
    Path dir;

    private Path basic() throws IOException {
        try (Stream<Path> files = Files.list(CliRun.FIXTURES.resolve("basic"))) {
            for (Path f : (Iterable<Path>) files::iterator) Files.copy(f, dir.resolve(f.getFileName()));
        }
        return dir;
    }

    private CliRun tempo(String... args) {
        return CliRun.in(dir, Map.of(), args);
    }

    @Test
    void everyRunRecordsItsTimingsAndACorruptCacheIsIgnored() throws Exception {
        basic();
        Path cache = dir.resolve("node_modules/.cache/tempo/timings.json");
        CliRun first = tempo("test");
        assertThat(first.exit()).isEqualTo(1);
        assertThat(Files.readString(cache)).contains("\"version\": 1", "\"globals.test.js\": ", "\"math.test.ts\": ")
                .contains("\"failed\": [\n    \"math.test.ts\"\n  ]");

        Files.writeString(cache, "{\"version\": 1, \"files\": {\"math.test.ts\": ");
        CliRun second = tempo("test");
        assertThat(second.exit()).isEqualTo(1);
        assertThat(second.err()).contains("(fail) math > fails", "(pass) globals without imports");
        assertThat(Files.readString(cache)).contains("\"math.test.ts\": ", "\"globals.test.js\": ");
    }

    @Test
    void updateTimingsWritesBunsJsonAndShardsAreBalancedByIt() throws Exception {
        basic();
        // Without timings: round-robin over sorted paths, globals.test.js is shard 1's.
        CliRun plain = tempo("test", "--shard=1/2");
        assertThat(plain.err()).startsWith("--shard=1/2: running 1/2 test files\n").contains("globals.test.js:").doesNotContain("math.test.ts:");

        assertThat(tempo("test", "--timings=t.json", "--update-timings").exit()).isEqualTo(1);
        assertThat(Files.readString(dir.resolve("t.json"))).startsWith("{\n  \"version\": 1,\n  \"files\": {\n")
                .contains("\"math.test.ts\": ", "\"globals.test.js\": ").doesNotContain("failed");

        // Recorded durations: the slow file gets shard 1 to itself, as the longest job of the split.
        Files.writeString(dir.resolve("t.json"), "{\"version\":1,\"files\":{\"math.test.ts\":900,\"globals.test.js\":3}}");
        CliRun timed = tempo("test", "--shard=1/2", "--timings=t.json", "--timings=missing-yet.json");
        assertThat(timed.err()).contains("math.test.ts:").doesNotContain("globals.test.js:");

        // Under --shard only this shard's files are written.
        tempo("test", "--shard=2/2", "--timings=shard2.json", "--timings=t.json", "--update-timings");
        assertThat(Files.readString(dir.resolve("shard2.json"))).contains("globals.test.js").doesNotContain("math.test.ts");
    }

    @Test
    void badTimingsFlagsAreOneLineErrors() throws Exception {
        basic();
        assertThat(tempo("test", "--update-timings").err().trim())
                .isEqualTo("error: --update-timings requires --timings, e.g. --timings=.bun-test-timings.json --update-timings");
        Files.writeString(dir.resolve("bad.json"), "{bad");
        CliRun bad = tempo("test", "--timings=bad.json");
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err().trim()).startsWith("error: --timings file bad.json is not valid JSON (bad.json:1:").doesNotContain("\n");
    }
}
