package dev.tempo.engine.discovery;

import dev.tempo.engine.events.RunEvent.TestFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TestDiscoveryTest {

    @TempDir
    Path root;

    private void touch(String... rels) throws IOException {
        for (String rel : rels) {
            Path p = root.resolve(rel);
            Files.createDirectories(p.getParent());
            Files.writeString(p, "test('x', () => {});\n");
        }
    }

    private List<String> found(List<String> filters, List<String> ignores) throws DiscoveryException {
        return TestDiscovery.discover(root, root, filters, ignores).files().stream().map(TestFile::displayPath).toList();
    }

    private List<String> found(String... filters) throws DiscoveryException {
        return found(List.of(filters), List.of());
    }

    @Test
    void fileNamesFollowBunsRules() {
        for (String yes : List.of("a.test.ts", "a_test.js", "a.spec.tsx", "a_spec.mjs", "a.test.cts", "a.test.mts",
                "a.test.cjs", "a.spec.jsx", "A.TEST.TS", "b.test.TS", "d_TEST.js", "_test.ts", ".test.ts", "h.d.test.ts")) {
            assertThat(TestDiscovery.isTestFileName(yes)).as(yes).isTrue();
        }
        for (String no : List.of("test.ts", "a.test.json", "a.tests.ts", "a-test.ts", "a.test.d.ts", "a.test.js.ts",
                "a.test.es.js", "a.ts", "a.test", "a.spec.d.cts")) {
            assertThat(TestDiscovery.isTestFileName(no)).as(no).isFalse();
        }
    }

    @Test
    void scansTreeSkippingNodeModulesAndHiddenDirectoriesSorted() throws Exception {
        touch("src/z.test.ts", "src/utils/b_test.js", "a.spec.ts", "node_modules/pkg/h.test.js",
                ".hidden/i.test.js", "src/.cache/j.test.js", "src/.k.test.ts", "lib/plain.ts", "src/f.test.json");
        var result = TestDiscovery.discover(root, root, List.of(), List.of());
        assertThat(result.files()).extracting(TestFile::displayPath)
                .containsExactly("a.spec.ts", "src/.k.test.ts", "src/utils/b_test.js", "src/z.test.ts");
        assertThat(result.files().get(0).path()).isEqualTo(root.resolve("a.spec.ts").toAbsolutePath().normalize());
        assertThat(result.files()).allSatisfy(f -> assertThat(f.path()).isAbsolute());
    }

    @Test
    void countsSearchedEntriesLikeBun() throws Exception {
        // bun counts files and directories it visits, hidden files included, skipped directories not
        Files.createDirectories(root.resolve("d1/d2"));
        Files.createDirectories(root.resolve("node_modules/q"));
        Files.createDirectories(root.resolve(".h"));
        Files.writeString(root.resolve("d1/a.txt"), "");
        Files.writeString(root.resolve("d1/d2/b.md"), "");
        Files.writeString(root.resolve(".hf"), "");
        var result = TestDiscovery.discover(root, root, List.of("zzz"), List.of());
        assertThat(result.searched()).isEqualTo(5);
    }

    @Test
    void substringFiltersMatchRelativePathCaseSensitively() throws Exception {
        touch("src/a.test.ts", "src/utils/b_test.js", "lib/c.test.ts");
        assertThat(found("utils")).containsExactly("src/utils/b_test.js");
        assertThat(found("utils/b", "lib")).containsExactly("lib/c.test.ts", "src/utils/b_test.js");
        assertThat(found("src/")).containsExactly("src/a.test.ts", "src/utils/b_test.js");
        var upper = TestDiscovery.discover(root, root, List.of("UTILS"), List.of());
        assertThat(upper.isEmpty()).isTrue();
        // the project directory's own absolute path is not part of what filters see
        assertThat(TestDiscovery.discover(root, root, List.of(root.getFileName().toString()), List.of()).isEmpty()).isTrue();
    }

    @Test
    void pathArgumentsScanOnlyThosePaths() throws Exception {
        touch("src/a.test.ts", "src/utils/b_test.js", "src2/z.test.ts", "lib/plain.ts", "node_modules/p/n.test.js",
                ".hidden/i.test.js");
        assertThat(found("./src")).containsExactly("src/a.test.ts", "src/utils/b_test.js");
        assertThat(found("./src/utils", "a.test")).containsExactly("src/utils/b_test.js");
        assertThat(found("./lib/plain.ts")).containsExactly("lib/plain.ts");
        assertThat(found(root.resolve("src/utils").toString())).containsExactly("src/utils/b_test.js");
        assertThat(found("./node_modules/p")).containsExactly("node_modules/p/n.test.js");
        assertThat(found("./.hidden/i.test.js")).containsExactly(".hidden/i.test.js");
        assertThat(found("./nope", "./src/utils")).containsExactly("src/utils/b_test.js");
        assertThat(found("./src/utils/b_test.js", "./src/utils")).containsExactly("src/utils/b_test.js");
    }

    @Test
    void nonTestFileNamedWithoutDotSlashIsAFilterAndGetsAHint() throws Exception {
        touch("lib/plain.ts", "src/a.test.ts");
        var result = TestDiscovery.discover(root, root, List.of("lib/plain.ts", "nope"), List.of());
        assertThat(result.isEmpty()).isTrue();
        assertThat(result.exitCodeWhenEmpty(false)).isEqualTo(1);
        assertThat(result.exitCodeWhenEmpty(true)).isEqualTo(0);
        assertThat(result.noTestsMessage("tempo test"))
                .startsWith("The following filters did not match any test files:\n lib/plain.ts nope\n")
                .contains("files were searched [")
                .contains("note: Tests need \".test\", \"_test_\", \".spec\" or \"_spec_\" in the filename (ex: \"MyApp.test.ts\")\n")
                .contains("note: To treat the \"lib/plain.ts\" filter as a path, run \"tempo test ./lib/plain.ts\"");
    }

    @Test
    void singleMissingPathIsAlwaysAnError() throws Exception {
        touch("src/a.test.ts");
        var result = TestDiscovery.discover(root, root, List.of("./nope"), List.of());
        assertThat(result.isEmpty()).isTrue();
        assertThat(result.noTestsMessage("tempo test")).isEqualTo("Test filter \"./nope\" had no matches");
        assertThat(result.exitCodeWhenEmpty(true)).isEqualTo(1);
    }

    @Test
    void severalMissingPathsListTheFiltersWithoutSearchCount() throws Exception {
        touch("src/a.test.ts");
        var result = TestDiscovery.discover(root, root, List.of("./nope", "nope"), List.of());
        assertThat(result.noTestsMessage("tempo test"))
                .startsWith("The following filters did not match any test files:\n ./nope nope\n\nnote: ")
                .doesNotContain("searched");
        assertThat(result.exitCodeWhenEmpty(true)).isZero();
    }

    @Test
    void pathWithOtherExtensionMatchesNothing() throws Exception {
        touch("src/f.test.json");
        var result = TestDiscovery.discover(root, root, List.of("./src/f.test.json"), List.of());
        assertThat(result.isEmpty()).isTrue();
        assertThat(result.singleMissingPath()).isFalse();
        assertThat(result.noTestsMessage("tempo test")).startsWith("The following filters did not match any test files:");
    }

    @Test
    void noTestsAtAll() throws Exception {
        touch("lib/plain.ts");
        var result = TestDiscovery.discover(root, root, List.of(), List.of());
        assertThat(result.isEmpty()).isTrue();
        assertThat(result.noTestsMessage("tempo test")).startsWith("No tests found!\n\nTests need \".test\"");
        assertThat(result.exitCodeWhenEmpty(false)).isEqualTo(1);
        assertThat(result.exitCodeWhenEmpty(true)).isZero();
    }

    @Test
    void ignoreGlobsPruneDirectoriesAndFilesEvenExplicitOnes() throws Exception {
        touch("vendor/v.test.ts", "vendor/deep/w.test.ts", "src/a.test.ts", "src/fixtures/f.test.ts",
                "src/x.spec.ts", "test-data/t.test.ts", "a/b/test-data/u.test.ts");
        assertThat(found(List.of(), List.of("vendor/**"))).doesNotContain("vendor/v.test.ts", "vendor/deep/w.test.ts")
                .contains("src/a.test.ts");
        assertThat(found(List.of(), List.of("**/test-data/**")))
                .doesNotContain("test-data/t.test.ts", "a/b/test-data/u.test.ts");
        assertThat(found(List.of(), List.of("src/*.spec.ts", "**/fixtures/**")))
                .containsExactly("a/b/test-data/u.test.ts", "src/a.test.ts", "test-data/t.test.ts",
                        "vendor/deep/w.test.ts", "vendor/v.test.ts");
        assertThat(found(List.of("./vendor/v.test.ts"), List.of("vendor/**"))).isEmpty();
        assertThat(found(List.of("./vendor"), List.of("vendor/**"))).isEmpty();
        assertThat(found(List.of(), List.of("{vendor,src}/**"))).containsExactly("a/b/test-data/u.test.ts", "test-data/t.test.ts");
    }

    @Test
    void testRootLimitsScanButDisplayPathsStayRelativeToProject() throws Exception {
        touch("src/a.test.ts", "x/b.test.ts");
        var result = TestDiscovery.discover(root, root.resolve("src"), List.of(), List.of());
        assertThat(result.files()).extracting(TestFile::displayPath).containsExactly("src/a.test.ts");
        // a path argument runs even outside the test root, as in bun 1.4.5
        assertThat(TestDiscovery.discover(root, root.resolve("src"), List.of("./x/b.test.ts"), List.of()).files())
                .extracting(TestFile::displayPath).containsExactly("x/b.test.ts");
    }

    @Test
    void aPathOutsideTheProjectRunsWithADisplayPathFromTheProject() throws Exception {
        touch("proj/keep.txt", "outside/o.test.ts", "outside/node_modules/m/n.test.ts");
        Path project = root.resolve("proj");
        assertThat(TestDiscovery.discover(project, project, List.of(root.resolve("outside").toString()), List.of()).files())
                .extracting(TestFile::displayPath).containsExactly("../outside/o.test.ts");
        assertThat(TestDiscovery.discover(project, project, List.of("../outside/o.test.ts"), List.of()).files())
                .extracting(TestFile::displayPath).containsExactly("../outside/o.test.ts");
    }

    @Test
    void missingTestRootIsAnError() {
        assertThatThrownBy(() -> TestDiscovery.discover(root, root.resolve("nope"), List.of(), List.of()))
                .isInstanceOf(DiscoveryException.class)
                .hasMessage("Failed to scan non-existent root directory for tests: \"" + root.resolve("nope").toAbsolutePath() + "\"");
    }

    @Test
    void testRootMayBeASingleFile() throws Exception {
        touch("src/a.test.ts", "src/b.test.ts");
        assertThat(TestDiscovery.discover(root, Path.of("src/a.test.ts"), List.of(), List.of()).files())
                .extracting(TestFile::displayPath).containsExactly("src/a.test.ts");
    }

    @Test
    void globSyntax() {
        assertThat(Glob.compile("vendor/**").matches("vendor/a/b.ts")).isTrue();
        assertThat(Glob.compile("vendor/**").matchesDirectory("vendor")).isTrue();
        assertThat(Glob.compile("*.config.js").matches("a.config.js")).isTrue();
        assertThat(Glob.compile("*.config.js").matches("x/a.config.js")).isFalse();
        assertThat(Glob.compile("**/*.spec.ts").matches("a.spec.ts")).isTrue();
        assertThat(Glob.compile("**/*.spec.ts").matches("x/y/a.spec.ts")).isTrue();
        assertThat(Glob.compile("a?c[!x].ts").matches("abcd.ts")).isTrue();
        assertThat(Glob.compile("a?c[!x].ts").matches("abcx.ts")).isFalse();
        assertThat(Glob.compile("./src/**").matches("src/a.ts")).isTrue();
        assertThat(Glob.compile("[").matches("[")).isTrue();
        assertThat(Glob.compile("a+(b).ts").matches("a+(b).ts")).isTrue();
    }
}
