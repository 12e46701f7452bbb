package dev.tempo.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tempo.engine.events.ErrorInfo;
import dev.tempo.engine.events.RunEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CommonJS file runs inside a module function whose opening shares the file's line 1. Positions on that
 * line are still the file's own (as bun reports them): a failing expect, a stack read by the test, a file
 * or a required module that does not parse.
 */
class CommonJsPositionsTest {
    @TempDir
    Path dir;

    private static ErrorInfo.StackFrame first(ErrorInfo e) {
        return e.frames().getFirst();
    }

    @Test
    void lineOneColumnsAreTheFilesOwn() throws Exception {
        RunFiles r = new RunFiles(dir).file("a.test.js", """
                const x = 1; test("a", () => { expect(x).toBe(2); });
                test("b", () => { const at = new Error("here").stack.split("\\n")[1]; expect(at).toBe(""); });
                """);
        r.run(r.request(1));
        List<RunEvent.TestFinished> done = r.all(RunEvent.TestFinished.class);
        ErrorInfo failed = done.get(0).result().errors().getFirst();
        assertThat(first(failed).line()).isEqualTo(1);
        assertThat(first(failed).column()).isEqualTo(42);
        // the stack the test read points at line 2 (the wrapper's opening is on line 1 only)
        assertThat(done.get(1).result().errors().getFirst().actual()).contains("a.test.js:2:");
    }

    @Test
    void aStackReadOnLineOneIsTheFilesOwn() throws Exception {
        RunFiles r = new RunFiles(dir).file("b.test.js", """
                const e = new Error("top"); test("c", () => { expect(e.stack.split("\\n")[1]).toBe(""); });
                """);
        r.run(r.request(1));
        ErrorInfo failed = r.all(RunEvent.TestFinished.class).getFirst().result().errors().getFirst();
        assertThat(failed.actual()).contains("b.test.js:1:11").doesNotContain(":1:7");
    }

    @Test
    void aFileThatDoesNotParseIsReportedAtItsOwnLineAndColumn() throws Exception {
        RunFiles r = new RunFiles(dir).file("c.test.js", "const z = 1; )\n");
        r.run(r.request(1));
        ErrorInfo error = r.all(RunEvent.FileFinished.class).getFirst().result().loadError();
        assertThat(error.message()).isEqualTo("Unexpected )");
        assertThat(first(error).file()).isEqualTo(dir.resolve("c.test.js").toString());
        assertThat(first(error).line()).isEqualTo(1);
        assertThat(first(error).column()).isEqualTo(14);
    }

    @Test
    void aRequiredModuleThatDoesNotParseIsReportedAtItsPath() throws Exception {
        Files.writeString(dir.resolve("d.js"), "module.exports = 1; const w = ;\n");
        RunFiles r = new RunFiles(dir).file("e.test.js", "require('./d.js');\ntest('e', () => {});\n");
        r.run(r.request(1));
        ErrorInfo error = r.all(RunEvent.FileFinished.class).getFirst().result().loadError();
        assertThat(error.message()).isEqualTo("Unexpected ;");
        assertThat(first(error).file()).isEqualTo(dir.resolve("d.js").toString());
        assertThat(first(error).line()).isEqualTo(1);
        assertThat(first(error).column()).isEqualTo(31);
    }
}
