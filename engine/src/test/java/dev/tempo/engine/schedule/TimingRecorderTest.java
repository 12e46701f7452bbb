package dev.tempo.engine.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tempo.engine.events.FileResult;
import dev.tempo.engine.events.RunEvent;
import dev.tempo.engine.events.RunEvent.TestFile;
import dev.tempo.engine.events.TestId;
import dev.tempo.engine.events.TestResult;
import dev.tempo.engine.events.TestStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TimingRecorderTest {
    private final TimingRecorder recorder = new TimingRecorder();

    private void test(TestFile f, String name, double ms) {
        recorder.onEvent(new RunEvent.TestFinished(f, new TestResult(new TestId(f.displayPath(), List.of(name)),
                TestStatus.PASS, ms, List.of(), 1, false, 1)));
    }

    private void file(TestFile f, double ms) {
        recorder.onEvent(new RunEvent.FileFinished(f, new FileResult(FileResult.FileStatus.PASSED, ms, null, 1, 0, 0, 0, 0)));
    }

    @Test
    void aFileWhoseTestsTakeTwoSecondsIsLongAndItsLoadDoesNotCount() {
        TestFile hot = new TestFile(Path.of("/p/hot.test.js"), "hot.test.js");
        TestFile slowLoad = new TestFile(Path.of("/p/load.test.js"), "load.test.js");
        test(hot, "a", 1200);
        test(hot, "b", 900);
        file(hot, 2300);
        test(slowLoad, "a", 30);
        file(slowLoad, 3100);

        FileTimings measured = recorder.measured(FileTimings.empty());
        assertThat(measured.millis()).containsExactlyInAnyOrderEntriesOf(Map.of("hot.test.js", 2300.0, "load.test.js", 3100.0));
        assertThat(measured.longRunning()).containsExactly("hot.test.js");
        assertThat(recorder.measured().longRunning()).as("bun's timings carry no marks").isEmpty();

        FileTimings before = new FileTimings(Map.of("load.test.js", 3000.0), Set.of(), Set.of("load.test.js"));
        assertThat(recorder.measured(before).longRunning()).as("its tests are quick now").containsExactly("hot.test.js");
    }

    @Test
    void underRerunEachTheMeanOfTheRunsCounts() {
        TestFile f = new TestFile(Path.of("/p/x.test.js"), "x.test.js");
        for (int run = 1; run <= 2; run++) {
            TestFile r = f.asRun(run);
            test(r, "a", run == 1 ? 3000 : 600);
            file(r, 3000);
        }
        assertThat(recorder.measured(FileTimings.empty()).longRunning()).isEmpty();
        FileTimings before = new FileTimings(Map.of(), Set.of(), Set.of("x.test.js"));
        assertThat(recorder.measured(before).longRunning()).containsExactly("x.test.js");
    }
}
