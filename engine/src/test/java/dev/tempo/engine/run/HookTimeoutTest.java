package dev.tempo.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tempo.engine.events.RunEvent;
import dev.tempo.engine.events.TestResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hook that outlives its timeout fails the test it ran for as a timeout (the reporter's "^" line, not an
 * error block), worded as bun words every hook's: "a beforeEach/afterEach hook timed out for this test.",
 * beforeAll and afterAll included (their failure is the suite's "(unnamed)" test).
 */
class HookTimeoutTest {
    @TempDir
    Path dir;

    private List<String> run(String body) throws Exception {
        RunFiles r = new RunFiles(dir).file("hooks.test.js",
                "const wait = () => new Promise((r) => setTimeout(r, 2000));\n" + body);
        r.run(r.request(1));
        return r.all(RunEvent.TestFinished.class).stream().map(e -> outcome(e.result())).toList();
    }

    private static String outcome(TestResult t) {
        String first = t.errors().isEmpty() ? "" : " " + t.errors().getFirst().message();
        return String.join(" > ", t.id().path()) + " " + t.status() + (t.timedOut() ? " timedOut" : "") + first;
    }

    private static final String HOOK = " FAIL timedOut a beforeEach/afterEach hook timed out for this test.";

    @Test
    void eachKindOfHook() throws Exception {
        assertThat(run("""
                describe('a', () => { beforeEach(wait, 100); test('x', () => {}); });
                describe('b', () => { afterEach(wait, 100); test('y', () => {}); });
                describe('c', () => { beforeAll(wait, 100); test('z', () => {}); });
                describe('d', () => { afterAll(wait, 100); test('w', () => {}); });
                """)).containsExactly("a > x" + HOOK, "b > y" + HOOK, "c > (unnamed)" + HOOK, "d > w PASS", "d > (unnamed)" + HOOK);
    }

    @Test
    void aTestsOwnTimeoutKeepsItsTime() throws Exception {
        assertThat(run("test('slow', wait, 100);")).containsExactly("slow FAIL timedOut this test timed out after 100ms.");
    }

    @Test
    void aHookThatThrowsIsNoTimeout() throws Exception {
        assertThat(run("beforeEach(() => { throw new Error('boom'); }); test('x', () => {});")).containsExactly("x FAIL boom");
    }
}
