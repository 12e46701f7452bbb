package dev.tempo.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OnlyMarkersTest {
    @TempDir
    Path dir;

    @Test
    void aWatchedFileIsScannedAgainOnlyOnceAChangeToItIsReported() throws Exception {
        Path a = Files.writeString(dir.resolve("a.test.js"), "test('a', () => {});\n");
        Path b = Files.writeString(dir.resolve("b.test.js"), "test('b', () => {});\n");
        OnlyMarkers markers = new OnlyMarkers(p -> true);
        assertThat(markers.firstWithOnly(List.of(a, b))).isNull();

        Files.writeString(b, "test.only('b', () => {});\n");
        assertThat(markers.firstWithOnly(List.of(a, b))).as("no change reported yet: the scan holds").isNull();

        markers.changed(b);
        assertThat(markers.firstWithOnly(List.of(a, b))).isEqualTo(b);
    }

    @Test
    void aDeletedDirectoryUnmarksTheFilesThatWereUnderIt() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("sub"));
        Path a = Files.writeString(sub.resolve("a.test.js"), "test('a', () => {});\n");
        OnlyMarkers markers = new OnlyMarkers(p -> true);
        assertThat(markers.hasOnly(a)).isFalse();

        Files.writeString(a, "describe.only('a', () => {});\n");
        markers.deleted(sub);
        assertThat(markers.hasOnly(a)).isTrue();
    }

    @Test
    void aFileOutsideTheWatchedTreeIsCheckedByItsSizeAndTimeStamp() throws Exception {
        Path a = Files.writeString(dir.resolve("a.test.js"), "test('a', () => {});\n");
        OnlyMarkers markers = new OnlyMarkers(p -> false);
        assertThat(markers.hasOnly(a)).isFalse();

        Files.writeString(a, "it.only('a', () => {}); // longer\n");
        assertThat(markers.hasOnly(a)).isTrue();
    }
}
