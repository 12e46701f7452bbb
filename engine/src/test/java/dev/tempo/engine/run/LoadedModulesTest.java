package dev.tempo.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tempo.engine.events.FileResult;
import dev.tempo.engine.events.RunEvent;
import dev.tempo.engine.events.RunEvent.TestFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each file's result lists every module it reached: the import graph watch mode reruns by. */
class LoadedModulesTest {
    @TempDir
    Path dir;

    @Test
    void aFileResultListsEveryModuleItLoadedTransitivelyAcrossFormats() throws IOException {
        Path root = dir.toRealPath();
        write(root, "a.test.ts", "import { twice } from './lib/twice';\nimport { test, expect } from 'bun:test';\n"
                + "test('t', () => expect(twice(2)).toBe(4));\n");
        write(root, "lib/twice.ts", "const { factor } = require('./factor.cjs');\nexport const twice = (n: number) => n * factor;\n");
        write(root, "lib/factor.cjs", "module.exports = { factor: require('./data.json').factor };\n");
        write(root, "lib/data.json", "{ \"factor\": 2 }\n");
        write(root, "b.test.js", "const { test, expect } = require('bun:test');\nconst m = require('./lib/plain.mjs');\n"
                + "test('t', () => expect(m.one).toBe(1));\n");
        write(root, "lib/plain.mjs", "export const one = 1;\n");
        write(root, "lib/unused.ts", "export const nothing = 0;\n");

        Map<String, FileResult> results = run(root, "a.test.ts", "b.test.js");

        assertThat(results.get("a.test.ts").pass()).isEqualTo(1);
        assertThat(results.get("a.test.ts").modules()).containsExactlyInAnyOrder(
                root.resolve("a.test.ts"), root.resolve("lib/twice.ts"), root.resolve("lib/factor.cjs"), root.resolve("lib/data.json"));
        assertThat(results.get("b.test.js").pass()).isEqualTo(1);
        assertThat(results.get("b.test.js").modules()).containsExactlyInAnyOrder(root.resolve("b.test.js"), root.resolve("lib/plain.mjs"));
    }

    @Test
    void aModuleThatDoesNotParseIsStillRecorded() throws IOException {
        Path root = dir.toRealPath();
        write(root, "c.test.js", "const { test } = require('bun:test');\nrequire('./broken.js');\ntest('t', () => {});\n");
        write(root, "broken.js", "module.exports = (;\n");

        FileResult r = run(root, "c.test.js").get("c.test.js");

        assertThat(r.status()).isEqualTo(FileResult.FileStatus.LOAD_ERROR);
        assertThat(r.modules()).contains(root.resolve("c.test.js"), root.resolve("broken.js"));
    }

    private static Map<String, FileResult> run(Path root, String... names) {
        List<TestFile> files = java.util.Arrays.stream(names).map(n -> new TestFile(root.resolve(n), n)).toList();
        Map<String, FileResult> results = new ConcurrentHashMap<>();
        TestRun.execute(new TestRun.Request(files, f -> FileSettings.defaults(root), 1, 0, 1, null), List.of(e -> {
            if (e instanceof RunEvent.FileFinished f) results.put(f.file().displayPath(), f.result());
        }));
        return results;
    }

    private static void write(Path root, String name, String text) throws IOException {
        Path p = root.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }
}
