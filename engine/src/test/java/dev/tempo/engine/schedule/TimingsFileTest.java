package dev.tempo.engine.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimingsFileTest {
    @TempDir
    Path dir;

    @Test
    void writesBunsFormatSlowestFirstInWholeMilliseconds() {
        FileTimings t = new FileTimings(Map.of("a.test.js", 2.4, "b.test.js", 301.0, "c.test.js", 2.0), Set.of("a.test.js"));
        assertThat(TimingsFile.format(t, false)).isEqualTo("""
                {
                  "version": 1,
                  "files": {
                    "b.test.js": 301,
                    "a.test.js": 2,
                    "c.test.js": 2
                  }
                }
                """);
        assertThat(TimingsFile.format(t, true)).endsWith("""
                  },
                  "failed": [
                    "a.test.js"
                  ]
                }
                """);
    }

    @Test
    void readsWhatItWritesAndWhatBunWrites() throws Exception {
        Path f = dir.resolve("t.json");
        FileTimings t = new FileTimings(Map.of("src/x \"q\".test.ts", 41234.0, "b.test.js", 7.0), Set.of("b.test.js"));
        TimingsFile.write(f, t, true);
        assertThat(TimingsFile.read(f, "t.json")).isEqualTo(t);

        Files.writeString(f, "{\"version\":1,\"files\":{\"b.test.js\":301,\"a.test.js\":2.5}}");
        FileTimings bun = TimingsFile.read(f, "t.json");
        assertThat(bun.millis()).containsExactlyInAnyOrderEntriesOf(Map.of("b.test.js", 301.0, "a.test.js", 2.5));
        assertThat(bun.failed()).isEmpty();
    }

    @Test
    void aMissingFileIsEmptyAndABadOneIsNamed() throws Exception {
        assertThat(TimingsFile.read(dir.resolve("nope.json"), "nope.json").isEmpty()).isTrue();
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{bad");
        assertThatThrownBy(() -> TimingsFile.read(bad, "bad.json"))
                .hasMessageStartingWith("--timings file bad.json is not valid JSON (bad.json:1:");
        Files.writeString(bad, "{\"version\":2,\"files\":{}}");
        assertThatThrownBy(() -> TimingsFile.read(bad, "bad.json"))
                .hasMessage("--timings file bad.json must look like { \"version\": 1, \"files\": { \"path\": milliseconds } }");
        Files.writeString(bad, "{\"version\":1,\"files\":{\"a.test.js\":\"x\"}}");
        assertThatThrownBy(() -> TimingsFile.read(bad, "bad.json")).hasMessageEndingWith("(\"a.test.js\" is not)");
    }

    @Test
    void theCacheToleratesACorruptFileAndReplacesItAtomically() throws Exception {
        TimingCache cache = new TimingCache(dir);
        assertThat(cache.file()).isEqualTo(dir.resolve("node_modules/.cache/tempo/timings.json"));
        assertThat(cache.load().isEmpty()).isTrue();
        Files.createDirectories(cache.file().getParent());
        Files.writeString(cache.file(), "{\"version\":1,\"files\":{\"a.test.js\":");
        assertThat(cache.load().isEmpty()).isTrue();

        FileTimings measured = new FileTimings(Map.of("a.test.js", 10.0), Set.of("a.test.js"));
        assertThat(cache.update(cache.load(), measured)).isTrue();
        assertThat(cache.load()).isEqualTo(measured);
        try (var files = Files.list(cache.file().getParent())) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("timings.json");
        }
    }

    @Test
    void aRerunThatPassesClearsTheFailureAndKeepsFilesNotRun() {
        FileTimings before = new FileTimings(Map.of("a", 10.0, "b", 20.0), Set.of("a", "b"));
        FileTimings after = before.merge(new FileTimings(Map.of("a", 12.0), Set.of()));
        assertThat(after.millis()).containsExactlyInAnyOrderEntriesOf(Map.of("a", 12.0, "b", 20.0));
        assertThat(after.failed()).containsExactly("b");
    }
}
