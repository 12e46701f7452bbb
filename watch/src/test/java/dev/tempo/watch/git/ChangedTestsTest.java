package dev.tempo.watch.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tempo.engine.events.RunEvent.TestFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangedTestsTest {
    @TempDir
    Path dir;
    Path root;
    List<TestFile> files;

    @BeforeEach
    void repository() throws Exception {
        root = dir.toRealPath();
        write("lib/deep.ts", "export const deep = 1;\n");
        write("lib/helper.ts", "import { deep } from './deep';\nexport const helper = deep;\n");
        write("a.test.ts", "import {\n  helper,\n} from './lib/helper';\n");
        write("b.test.js", "const x = require('./lib/other.js');\n");
        write("lib/other.js", "module.exports = 1;\n");
        write("c.test.js", "import 'bun:test';\n");
        git("init", "-q");
        git("add", "-A");
        git("-c", "user.email=t@example.com", "-c", "user.name=t", "commit", "-q", "-m", "start");
        files = List.of(test("a.test.ts"), test("b.test.js"), test("c.test.js"));
    }

    @Test
    void aChangeDeepInTheImportsSelectsTheTestFilesReachingIt() throws Exception {
        write("lib/deep.ts", "export const deep = 2;\n");

        assertThat(ChangedTests.select(root, "HEAD", files)).extracting(TestFile::displayPath).containsExactly("a.test.ts");
    }

    @Test
    void anUntrackedTestFileAndAChangedTestFileAreSelected() throws Exception {
        write("c.test.js", "import 'bun:test';\n// edited\n");
        write("d.test.js", "import 'bun:test';\n");
        List<TestFile> withNew = List.of(files.get(0), files.get(1), files.get(2), test("d.test.js"));

        assertThat(ChangedTests.select(root, "HEAD", withNew)).extracting(TestFile::displayPath)
                .containsExactly("c.test.js", "d.test.js");
    }

    @Test
    void aPackageJsonChangeSelectsAllAndNoChangeSelectsNone() throws Exception {
        assertThat(ChangedTests.select(root, "HEAD", files)).isEmpty();

        write("package.json", "{}\n");

        assertThat(ChangedTests.select(root, "HEAD", files)).hasSize(3);
    }

    @Test
    void anUnknownRevisionIsAOneLineError() {
        assertThatThrownBy(() -> ChangedTests.select(root, "no-such-ref", files))
                .isInstanceOf(GitChanges.GitException.class)
                .hasMessageStartingWith("--changed=no-such-ref: git cannot compare with 'no-such-ref' (")
                .hasMessageNotContaining("\n");
    }

    private TestFile test(String name) {
        return new TestFile(root.resolve(name), name);
    }

    private void write(String name, String text) throws IOException {
        Path p = root.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private void git(String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of("git", "-C", root.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) throw new AssertionError("git " + String.join(" ", args) + ": " + out);
    }
}
