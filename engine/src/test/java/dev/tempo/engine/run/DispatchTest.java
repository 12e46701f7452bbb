package dev.tempo.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tempo.engine.events.RunEvent;
import dev.tempo.engine.schedule.FileTimings;
import dev.tempo.engine.schedule.TimingRecorder;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The worker pool starts files slowest first from the history it is given, and one worker keeps the given order. */
class DispatchTest {
    @TempDir
    Path dir;

    private RunFiles corpus() throws Exception {
        RunFiles r = new RunFiles(dir);
        // Each file waits a little, so a file third in the queue cannot start before the first two did.
        for (String n : List.of("a", "b", "c", "d")) {
            r.file(n + ".test.js", "test('" + n + "', () => new Promise((done) => setTimeout(done, 150)));");
        }
        return r;
    }

    private static List<String> started(RunFiles r) {
        return r.all(RunEvent.FileStarted.class).stream().map(f -> f.file().displayPath()).toList();
    }

    @Test
    void twoWorkersStartTheSlowestRecordedFilesFirst() throws Exception {
        RunFiles r = corpus();
        FileTimings history = new FileTimings(Map.of("a.test.js", 5.0, "b.test.js", 50.0, "c.test.js", 500.0, "d.test.js", 5.0),
                Set.of("d.test.js"));
        TestRun.Request base = r.request(2);
        r.run(new TestRun.Request(base.files(), base.settingsFor(), 2, 0, 1, null, history, false));
        // two workers take the first two of c, b, d, a at once: c and b start before d and a
        assertThat(started(r).subList(0, 2)).containsExactlyInAnyOrder("c.test.js", "b.test.js");
        assertThat(started(r).subList(2, 4)).containsExactlyInAnyOrder("d.test.js", "a.test.js");
        assertThat(r.all(RunEvent.RunStarted.class).get(0).files()).isEqualTo(r.files);
    }

    @Test
    void oneWorkerKeepsTheGivenOrderSoThePrintedOrderStaysTheSame() throws Exception {
        RunFiles r = corpus();
        FileTimings history = new FileTimings(Map.of("d.test.js", 500.0), Set.of());
        TestRun.Request base = r.request(1);
        r.run(new TestRun.Request(base.files(), base.settingsFor(), 1, 0, 1, null, history, false));
        assertThat(started(r)).containsExactly("a.test.js", "b.test.js", "c.test.js", "d.test.js");
    }

    @Test
    void aRecorderMeasuresEveryFileAndNotesTheFailedOnes() throws Exception {
        RunFiles r = new RunFiles(dir).file("ok.test.js", "test('ok', () => {});")
                .file("bad.test.js", "test('bad', () => { throw new Error('no'); });");
        TimingRecorder recorder = new TimingRecorder();
        TestRun.execute(r.request(2), List.of(recorder));
        FileTimings measured = recorder.measured();
        assertThat(measured.millis()).containsOnlyKeys("ok.test.js", "bad.test.js");
        assertThat(measured.millis().values()).allMatch(ms -> ms > 0);
        assertThat(measured.failed()).containsExactly("bad.test.js");
    }
}
