package dev.tempo.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tempo.engine.events.RunEvent;
import dev.tempo.engine.events.TestResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A synchronous hang stopped by the watchdog inside an async function that awaits in a finally block: the
 * interrupt becomes a rejection of that function's promise once the await resumes. What the interrupted
 * call leaves behind is its own (it has timed out already) and never fails the test that runs next, as in
 * bun, wherever the hang was: a test body, after an await in an async test, a beforeEach, a timer callback.
 */
class InterruptLeftoversTest {
    private static final String SPIN = """
            const spin = () => { const end = Date.now() + 3000; while (Date.now() < end) {} };
            async function f(g) { try { await g(); } finally { await null; } }
            """;

    @TempDir
    Path dir;

    /** Each test's name and outcome ("slow FAIL timed out"), and the count of errors outside any test. */
    private List<String> run(String body) throws Exception {
        RunFiles r = new RunFiles(dir).file("leftovers.test.js", SPIN + body);
        r.run(r.request(1));
        assertThat(r.all(RunEvent.UnhandledError.class)).as("errors outside tests").isEmpty();
        return r.all(RunEvent.TestFinished.class).stream().map(e -> outcome(e.result())).toList();
    }

    private static String outcome(TestResult t) {
        String first = t.errors().isEmpty() ? "" : " " + t.errors().getFirst().message();
        return String.join(" > ", t.id().path()) + " " + t.status() + first;
    }

    @Test
    void aHangInATestBody() throws Exception {
        assertThat(run("""
                test('slow', () => f(spin), 200);
                test('next', () => {});
                """)).containsExactly("slow FAIL this test timed out after 200ms.", "next PASS");
    }

    @Test
    void aHangAfterAnAwaitInAnAsyncTest() throws Exception {
        assertThat(run("""
                test('slow', async () => { await new Promise((r) => setTimeout(r, 5)); await f(spin); }, 200);
                test('next', () => {});
                """)).containsExactly("slow FAIL this test timed out after 200ms.", "next PASS");
    }

    @Test
    void aHangInABeforeEach() throws Exception {
        assertThat(run("""
                let n = 0;
                beforeEach(() => (n++ === 0 ? f(spin) : undefined), 200);
                test('first', () => {});
                test('second', () => {});
                """)).containsExactly("first FAIL a beforeEach/afterEach hook timed out for this test.", "second PASS");
    }

    @Test
    void aHangInATimerCallback() throws Exception {
        assertThat(run("""
                test('slow', () => new Promise((resolve) => setTimeout(() => f(spin).then(resolve), 5)), 200);
                test('next', () => {});
                """)).containsExactly("slow FAIL this test timed out after 200ms.", "next PASS");
    }

    @Test
    void aFinallyThatWaitsOnATimerRejectsDuringTheNextTest() throws Exception {
        assertThat(run("""
                async function g(h) { try { await h(); } finally { await new Promise((r) => setTimeout(r, 20)); } }
                test('slow', () => g(spin), 200);
                test('next', async () => { await new Promise((r) => setTimeout(r, 100)); });
                """)).containsExactly("slow FAIL this test timed out after 200ms.", "next PASS");
    }

    @Test
    void anErrorThrownByTheUnwindingBelongsToTheTimedOutTest() throws Exception {
        assertThat(run("""
                async function g(h) { try { await h(); } finally { await null; throw new Error('cleanup failed'); } }
                test('slow', () => g(spin), 200);
                test('next', () => {});
                """)).containsExactly("slow FAIL this test timed out after 200ms.", "next PASS");
    }

    @Test
    void anUnrelatedRejectionDuringTheNextTestStillFailsIt() throws Exception {
        assertThat(run("""
                test('slow', () => f(spin), 200);
                test('next', async () => { Promise.reject(new Error('forgotten')); await null; });
                """)).containsExactly("slow FAIL this test timed out after 200ms.", "next FAIL forgotten");
    }
}
