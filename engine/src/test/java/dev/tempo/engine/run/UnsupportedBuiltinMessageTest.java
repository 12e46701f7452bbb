package dev.tempo.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tempo.engine.events.ErrorInfo;
import dev.tempo.engine.events.RunEvent;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node builtin tempo does not provide fails the same way however the file asks for it: "module node:X is
 * not supported by tempo", at the line that imports it (not GraalJS's "does not provide an export named").
 * A node: name that is no builtin at all gets bun's words.
 */
class UnsupportedBuiltinMessageTest {
    private static final String MESSAGE = "module node:net is not supported by tempo";

    @TempDir
    Path dir;

    private RunFiles run(String name, String source) throws Exception {
        RunFiles r = new RunFiles(dir).file(name, source);
        r.run(r.request(1));
        return r;
    }

    /** The file's load error as "message @ file:line:column" of its first frame. */
    private String loadError(String name, String source) throws Exception {
        ErrorInfo e = run(name, source).all(RunEvent.FileFinished.class).getFirst().result().loadError();
        assertThat(e).as("load error of " + name).isNotNull();
        return where(e);
    }

    private static String where(ErrorInfo e) {
        if (e.frames().isEmpty()) return e.message();
        ErrorInfo.StackFrame f = e.frames().getFirst();
        return e.message() + " @ " + Path.of(f.file()).getFileName() + ":" + f.line() + ":" + f.column();
    }

    @Test
    void aNamedImport() throws Exception {
        assertThat(loadError("named.test.js", "const a = 1;\nimport { connect } from 'node:net';\ntest('a', () => {});\n"))
                .isEqualTo(MESSAGE + " @ named.test.js:2:25");
    }

    @Test
    void aNamedImportInTypeScript() throws Exception {
        assertThat(loadError("named.test.ts",
                "const n: number = 1;\n\nimport { connect } from 'node:net';\ntest('a', () => { connect('x'); });\n"))
                .isEqualTo(MESSAGE + " @ named.test.ts:3:25");
    }

    @Test
    void aDefaultImport() throws Exception {
        assertThat(loadError("default.test.js", "import cp from 'node:net';\ntest('a', () => {});\n"))
                .isEqualTo(MESSAGE + " @ default.test.js:1:16");
    }

    @Test
    void aNamespaceImportOfTheBareName() throws Exception {
        assertThat(loadError("ns.test.js", "import * as cp from \"net\";\ntest('a', () => {});\n"))
                .isEqualTo(MESSAGE + " @ ns.test.js:1:21");
    }

    @Test
    void aRequire() throws Exception {
        assertThat(loadError("req.test.js", "// uses a socket\nconst cp = require('node:net');\ntest('a', () => {});\n"))
                .isEqualTo(MESSAGE + " @ req.test.js:2:12");
    }

    @Test
    void aDynamicImport() throws Exception {
        RunFiles r = run("dyn.test.js", "test('a', async () => {\n  await import('node:net');\n});\n");
        ErrorInfo e = r.all(RunEvent.TestFinished.class).getFirst().result().errors().getFirst();
        assertThat(where(e)).isEqualTo(MESSAGE + " @ dyn.test.js:2:9");
    }

    @Test
    void aNodeNameThatIsNoBuiltin() throws Exception {
        assertThat(loadError("none.test.js", "import { x } from 'node:no_such_builtin';\ntest('a', () => {});\n"))
                .isEqualTo("No such built-in module: node:no_such_builtin");
        assertThat(loadError("none-req.test.js", "require('node:no_such_builtin');\ntest('a', () => {});\n"))
                .isEqualTo("No such built-in module: node:no_such_builtin");
    }

    @Test
    void aMockOfTheBuiltinStillStandsInForIt() throws Exception {
        RunFiles r = run("mocked.test.js", """
                import { mock } from 'bun:test';
                mock.module('node:net', () => ({ connect: () => 'spawned' }));
                const { connect } = await import('node:net');
                test('a', () => { expect(connect()).toBe('spawned'); });
                """);
        assertThat(r.all(RunEvent.TestFinished.class)).singleElement()
                .satisfies(t -> assertThat(t.result().errors()).isEmpty());
    }
}
