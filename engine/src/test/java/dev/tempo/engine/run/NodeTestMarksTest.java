package dev.tempo.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tempo.engine.events.RunEvent;
import dev.tempo.engine.events.TestStatus;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** node:test's t.skip() and t.todo() while the test runs report it as bun does: (skip), (todo). */
class NodeTestMarksTest {
    @TempDir
    Path dir;

    @Test
    void skipAndTodoCalledWhileRunning() throws Exception {
        RunFiles r = new RunFiles(dir).file("marks.test.js", """
                const { test } = require('node:test');
                test('skipped at runtime', (t) => { t.skip('not now'); });
                test('todo at runtime', (t) => { t.todo('later'); });
                test('todo that fails', (t) => { t.todo(); throw new Error('not yet'); });
                test('skip that fails still fails', (t) => { t.skip(); throw new Error('broken'); });
                test('plain', () => {});
                """);
        r.run(r.request(1));
        assertThat(r.all(RunEvent.TestFinished.class).stream().map(t -> t.result().status()).toList())
                .containsExactly(TestStatus.SKIP, TestStatus.TODO, TestStatus.TODO, TestStatus.FAIL, TestStatus.PASS);
    }
}
