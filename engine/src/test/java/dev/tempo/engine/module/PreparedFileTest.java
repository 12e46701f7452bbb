package dev.tempo.engine.module;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The prepared-file cache follows a file's content, not its time stamps. */
class PreparedFileTest {
    @TempDir
    Path dir;

    @Test
    void aRewriteOfTheSameSizeWithTheSameTimeStampIsSeen() throws Exception {
        Path f = dir.resolve("a.ts");
        Files.writeString(f, "export const a: number = 1;\n");
        FileTime stamp = Files.getLastModifiedTime(f);
        assertThat(PreparedFile.of(f).code()).contains("= 1");

        Files.writeString(f, "export const a: number = 2;\n");
        Files.setLastModifiedTime(f, stamp); // as a second save within one clock tick leaves it

        assertThat(PreparedFile.of(f).code()).contains("= 2");
    }

    @Test
    void theSameTextSavedAgainReusesTheEarlierResult() throws Exception {
        Path f = dir.resolve("b.ts");
        Files.writeString(f, "export const b: string = 'x';\n");
        PreparedFile first = PreparedFile.of(f);
        Path temp = dir.resolve("b.ts.tmp");
        Files.writeString(temp, "export const b: string = 'x';\n");
        Files.move(temp, f, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        Files.setLastModifiedTime(f, FileTime.fromMillis(System.currentTimeMillis() + 5000));

        assertThat(PreparedFile.of(f)).isSameAs(first);
    }
}
