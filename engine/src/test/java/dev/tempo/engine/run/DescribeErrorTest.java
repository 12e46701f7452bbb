package dev.tempo.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tempo.engine.events.RunEvent;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A describe callback that throws or rejects is an error between tests; the rest of the file still runs (as bun). */
class DescribeErrorTest {
    @TempDir
    Path dir;

    private RunFiles run(String source) throws Exception {
        RunFiles r = new RunFiles(dir).file("describe.test.js", source);
        r.run(r.request(1));
        return r;
    }

    private static List<String> ran(RunFiles r) {
        return r.all(RunEvent.TestFinished.class).stream().map(t -> String.join(" > ", t.result().id().path())).toList();
    }

    @Test
    void aThrowingDescribeIsReportedAndItsTestsAreDropped() throws Exception {
        RunFiles r = run("""
                describe('broken', () => {
                  test('registered before the throw', () => {});
                  throw new Error('boom in describe');
                });
                describe('fine', () => { test('still runs', () => {}); });
                test('top level still runs', () => {});
                """);
        assertThat(r.all(RunEvent.UnhandledError.class)).singleElement()
                .satisfies(e -> assertThat(e.error().message()).isEqualTo("boom in describe"));
        assertThat(ran(r)).containsExactly("fine > still runs", "top level still runs");
    }

    @Test
    void aRejectingAsyncDescribeIsReportedAndItsTestsAreDropped() throws Exception {
        RunFiles r = run("""
                describe('broken', async () => {
                  test('registered before the throw', () => {});
                  throw new Error('boom in async describe');
                });
                describe('fine', () => { test('still runs', () => {}); });
                """);
        assertThat(r.all(RunEvent.UnhandledError.class)).singleElement()
                .satisfies(e -> assertThat(e.error().message()).isEqualTo("boom in async describe"));
        assertThat(ran(r)).containsExactly("fine > still runs");
    }

    @Test
    void anErrorEscapingTheFilesLoadStillStopsItsTests() throws Exception {
        RunFiles r = run("""
                test('never runs', () => {});
                Promise.reject(new Error('top-level rejection'));
                """);
        assertThat(r.all(RunEvent.UnhandledError.class)).hasSize(1);
        assertThat(ran(r)).isEmpty();
    }
}
