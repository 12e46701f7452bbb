package dev.tempo.tui.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Snapshots end to end on a copy of the "snapshots" fixture, with what bun 1.4.5 writes and prints
 * for the same files: the first run writes the .snap file and the inline snapshots (into a .ts file,
 * indented as bun indents them), the next run passes, a change fails with a diff, -u rewrites the
 * snapshot and drops obsolete ones, and on CI a missing snapshot fails instead of being written.
 */
class SnapshotEndToEndTest {
    private static final Map<String, String> NO_CI = Map.of();

    @TempDir
    Path dir;

    private Path copyFixture() throws IOException {
        Path from = CliRun.FIXTURES.resolve("snapshots");
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : (Iterable<Path>) files::iterator) Files.copy(f, dir.resolve(f.getFileName()));
        }
        return dir;
    }

    private String read(String name) throws IOException {
        return Files.readString(dir.resolve(name));
    }

    private void replace(String name, String from, String to) throws IOException {
        String text = read(name);
        assertThat(text).contains(from);
        Files.writeString(dir.resolve(name), text.replace(from, to));
    }

    @Test
    void writesThenPassesThenFailsThenUpdates() throws IOException {
        copyFixture();

        CliRun first = CliRun.in(dir, NO_CI, "test");
        assertThat(first.exit()).as(first.err()).isEqualTo(0);
        assertThat(first.err()).contains("snapshots: +8 added\n 8 expect() calls\n");
        assertThat(read("__snapshots__/values.test.js.snap")).isEqualTo("""
                // Bun Snapshot v1, https://bun.sh/docs/test/snapshots

                exports[`error 1`] = `"boom"`;

                exports[`old 1`] = `1`;

                exports[`suite object 1`] = `
                {
                  "name": "tempo",
                  "nested": {
                    "n": 1,
                  },
                  "tags": [
                    "a",
                    "b",
                  ],
                }
                `;

                exports[`suite object: hint 1`] = `"a \\`tick\\` and \\${dollar}"`;
                """);
        assertThat(read("inline.test.ts")).isEqualTo("""
                import { expect, test } from "bun:test";

                interface User { id: number; name: string }

                test("inline", () => {
                  const user: User = { id: 1, name: "Ada" };
                    expect(user).toMatchInlineSnapshot(`
                      {
                        "id": 1,
                        "name": "Ada",
                      }
                    `);
                  expect("one line").toMatchInlineSnapshot(`"one line"`);
                  expect({ when: new Date(0), id: 2 }).toMatchInlineSnapshot({ when: expect.any(Date) }, `
                    {
                      "id": 2,
                      "when": Any<Date>,
                    }
                  `);
                  expect(() => { throw new Error("bad input"); }).toThrowErrorMatchingInlineSnapshot(`"bad input"`);
                });
                """);

        CliRun second = CliRun.in(dir, NO_CI, "test");
        assertThat(second.exit()).as(second.err()).isEqualTo(0);
        assertThat(second.err()).contains("\n 8 snapshots, 8 expect() calls\n");

        replace("values.test.js", "name: \"tempo\"", "name: \"tempo!\"");
        replace("inline.test.ts", "id: 1, name: \"Ada\"", "id: 1, name: \"Grace\"");
        CliRun changed = CliRun.in(dir, NO_CI, "test");
        assertThat(changed.exit()).isEqualTo(1);
        assertThat(changed.err()).contains("""
                error: expect(received).toMatchSnapshot(expected)

                 \s
                  {
                -   "name": "tempo",
                +   "name": "tempo!",
                    "nested": {
                """);
        assertThat(changed.err()).contains("""
                error: expect(received).toMatchInlineSnapshot(expected)

                 \s
                  {
                    "id": 1,
                -   "name": "Ada",
                +   "name": "Grace",
                  }
                 \s

                - Expected  - 1
                + Received  + 1
                """);
        // each failing test stops at its first mismatch: 2 of the 8 snapshot assertions did not run
        assertThat(changed.err()).contains("snapshots: 2 passed, 2 failed\n 4 expect() calls\n");

        replace("values.test.js", "test(\"old\", () => {\n  expect(1).toMatchSnapshot();\n});\n", "");
        // the failing test keeps its snapshots; the removed one's is obsolete, reported as Jest reports it
        CliRun obsolete = CliRun.in(dir, NO_CI, "test");
        assertThat(obsolete.err()).contains("""

                Snapshot Summary
                 › 1 snapshot obsolete from 1 test suite. To remove it, run `tempo test -u`.
                   ↳ values.test.js
                       • old 1

                 1 pass
                """);
        assertThat(read("__snapshots__/values.test.js.snap")).contains("old 1");

        CliRun updated = CliRun.in(dir, NO_CI, "test", "-u");
        assertThat(updated.exit()).as(updated.err()).isEqualTo(0);
        assertThat(updated.err()).contains("snapshots: 4 passed, 3 added\n");
        assertThat(updated.err()).contains("""
                Snapshot Summary
                 › 1 snapshot removed from 1 test suite.
                   ↳ values.test.js
                       • old 1
                """);
        String snap = read("__snapshots__/values.test.js.snap");
        assertThat(snap).contains("\"name\": \"tempo!\"").doesNotContain("old 1");
        assertThat(read("inline.test.ts")).contains("""
                    expect(user).toMatchInlineSnapshot(`
                      {
                        "id": 1,
                        "name": "Grace",
                      }
                    `);
                """);

        CliRun after = CliRun.in(dir, NO_CI, "test");
        assertThat(after.exit()).as(after.err()).isEqualTo(0);
        assertThat(after.err()).contains("\n 7 snapshots, 7 expect() calls\n").doesNotContain("Snapshot Summary");
    }

    @Test
    void aSnapFileOfATestFileThatChecksNoSnapshotIsLeftAloneUnlessUpdatingThenPruned() throws IOException {
        Files.writeString(dir.resolve("package.json"), "{\"name\": \"s\"}\n");
        Files.writeString(dir.resolve("plain.test.js"), """
                test("plain", () => { expect(1).toBe(1); });
                test.skip("skipped", () => {});
                """);
        Files.writeString(dir.resolve("other.test.js"), "test(\"other\", () => {});\n");
        Files.createDirectories(dir.resolve("__snapshots__"));
        String snap = """
                // Bun Snapshot v1, https://bun.sh/docs/test/snapshots

                exports[`plain 1`] = `"x"`;

                exports[`skipped 1`] = `"y"`;
                """;
        Files.writeString(dir.resolve("__snapshots__/plain.test.js.snap"), snap);

        // no snapshot matcher ran: the .snap file is not read, nothing is reported obsolete
        CliRun plain = CliRun.in(dir, NO_CI, "test");
        assertThat(plain.exit()).as(plain.err()).isEqualTo(0);
        assertThat(plain.err()).doesNotContain("Snapshot Summary").doesNotContain("snapshot");
        assertThat(read("__snapshots__/plain.test.js.snap")).isEqualTo(snap);

        // -u drops the snapshots of tests that ran without checking them; a skipped test keeps its own
        CliRun updated = CliRun.in(dir, NO_CI, "test", "-u");
        assertThat(updated.exit()).as(updated.err()).isEqualTo(0);
        assertThat(updated.err()).contains("""
                Snapshot Summary
                 › 1 snapshot removed from 1 test suite.
                   ↳ plain.test.js
                       • plain 1
                """);
        assertThat(read("__snapshots__/plain.test.js.snap")).isEqualTo("""
                // Bun Snapshot v1, https://bun.sh/docs/test/snapshots

                exports[`skipped 1`] = `"y"`;
                """);
        assertThat(dir.resolve("__snapshots__/other.test.js.snap")).doesNotExist();
    }

    @Test
    void snapshotsJestWroteInItsOlderStyleStillMatchAndAreRewrittenOnlyUnderU() throws IOException {
        Files.writeString(dir.resolve("jest.test.js"), """
                import { expect, test } from "bun:test";
                test("legacy", () => {
                  expect({ list: [1, { quote: 'say "hi" \\\\ there' }], set: new Set([1]) }).toMatchSnapshot();
                });
                test("inline", () => {
                  expect([{ a: 1 }]).toMatchInlineSnapshot(`
                    Array [
                      Object {
                        "a": 1,
                      },
                    ]
                  `);
                });
                """);
        String jestSnap = """
                // Jest Snapshot v1, https://goo.gl/fbAQLP

                exports[`legacy 1`] = `
                Object {
                  "list": Array [
                    1,
                    Object {
                      "quote": "say \\\\"hi\\\\" \\\\\\\\ there",
                    },
                  ],
                  "set": Set {
                    1,
                  },
                }
                `;
                """;
        Files.createDirectories(dir.resolve("__snapshots__"));
        Files.writeString(dir.resolve("__snapshots__/jest.test.js.snap"), jestSnap);
        String source = read("jest.test.js");

        CliRun plain = CliRun.in(dir, NO_CI, "test");
        assertThat(plain.exit()).as(plain.err()).isEqualTo(0);
        assertThat(plain.err()).contains("\n 2 snapshots, 2 expect() calls\n");
        assertThat(read("__snapshots__/jest.test.js.snap")).isEqualTo(jestSnap);
        assertThat(read("jest.test.js")).isEqualTo(source);

        CliRun updated = CliRun.in(dir, NO_CI, "test", "-u");
        assertThat(updated.exit()).as(updated.err()).isEqualTo(0);
        assertThat(read("__snapshots__/jest.test.js.snap")).isEqualTo("""
                // Bun Snapshot v1, https://bun.sh/docs/test/snapshots

                exports[`legacy 1`] = `
                {
                  "list": [
                    1,
                    {
                      "quote": "say "hi" \\\\ there",
                    },
                  ],
                  "set": Set {
                    1,
                  },
                }
                `;
                """);
        assertThat(read("jest.test.js")).contains("toMatchInlineSnapshot(`\n    [\n      {\n");
    }

    @Test
    void onCiAMissingSnapshotFailsAndNothingIsWritten() throws IOException {
        copyFixture();
        String inline = read("inline.test.ts");

        CliRun ci = CliRun.in(dir, Map.of("CI", "true"), "test");
        assertThat(ci.exit()).isEqualTo(1);
        assertThat(ci.err()).contains("""
                error: Snapshot creation is disabled in CI environments unless --update-snapshots is used
                To override, set the environment variable CI=false.

                Snapshot name: "error 1"
                Received: "boom"
                """);
        assertThat(ci.err()).contains("""
                error: expect(received).toMatchInlineSnapshot()

                Matcher error: Inline snapshot creation is disabled in CI environments unless --update-snapshots is used.
                To override, set the environment variable CI=false.

                Received:\s
                {
                  "id": 1,
                  "name": "Ada",
                }
                """);
        assertThat(dir.resolve("__snapshots__/values.test.js.snap")).doesNotExist();
        assertThat(read("inline.test.ts")).isEqualTo(inline);

        CliRun ciUpdate = CliRun.in(dir, Map.of("CI", "true"), "test", "--update-snapshots");
        assertThat(ciUpdate.exit()).as(ciUpdate.err()).isEqualTo(0);
        assertThat(dir.resolve("__snapshots__/values.test.js.snap")).exists();
        assertThat(read("inline.test.ts")).contains("toMatchInlineSnapshot(`\"one line\"`)");
    }
}
