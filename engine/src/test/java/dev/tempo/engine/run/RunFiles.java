package dev.tempo.engine.run;

import dev.tempo.engine.events.RunEvent;
import dev.tempo.engine.events.RunEvent.TestFile;
import dev.tempo.engine.events.RunSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes small test files into a directory and runs them on the engine, keeping every event. */
final class RunFiles {
    final Path dir;
    final List<TestFile> files = new ArrayList<>();
    final List<RunEvent> events = new ArrayList<>();

    RunFiles(Path dir) {
        this.dir = dir;
    }

    RunFiles file(String name, String source) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, source);
        files.add(new TestFile(p, name));
        return this;
    }

    RunSummary run(TestRun.Request request) {
        return TestRun.execute(request, List.of(events::add));
    }

    TestRun.Request request(int parallelism) {
        return new TestRun.Request(files, f -> FileSettings.defaults(dir), parallelism, 0, 1, null);
    }

    <T extends RunEvent> List<T> all(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
