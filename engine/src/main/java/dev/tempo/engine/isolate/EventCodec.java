package dev.tempo.engine.isolate;

import dev.tempo.engine.events.ErrorInfo;
import dev.tempo.engine.events.FileResult;
import dev.tempo.engine.events.RunEvent;
import dev.tempo.engine.events.RunEvent.TestFile;
import dev.tempo.engine.events.ObsoleteSnapshots;
import dev.tempo.engine.events.SnapshotCounts;
import dev.tempo.engine.events.TestId;
import dev.tempo.engine.events.TestResult;
import dev.tempo.engine.events.TestStatus;
import dev.tempo.engine.run.FileSettings;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The bodies of {@link Wire} frames: a file to run with its settings, and the events of a file. */
final class EventCodec {
    private EventCodec() {}

    private interface Body {
        void write(DataOutputStream out) throws IOException;
    }

    private static byte[] bytes(Body body) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(buf)) {
            body.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buf.toByteArray();
    }

    private static DataInputStream in(byte[] body) {
        return new DataInputStream(new ByteArrayInputStream(body));
    }

    // ---- a file to run ----

    record Job(TestFile file, FileSettings settings) {}

    static byte[] job(TestFile file, FileSettings s) {
        return bytes(out -> {
            file(out, file);
            Wire.string(out, s.testNamePattern());
            out.writeBoolean(s.runTodo());
            out.writeBoolean(s.only());
            out.writeDouble(s.timeoutMillis());
            out.writeInt(s.retry());
            out.writeBoolean(s.randomize());
            out.writeLong(s.seed());
            out.writeInt(s.maxConcurrency());
            out.writeBoolean(s.concurrent());
            Wire.string(out, s.cwd().toString());
            out.writeInt(s.env().size());
            for (Map.Entry<String, String> e : s.env().entrySet()) {
                Wire.string(out, e.getKey());
                Wire.string(out, e.getValue());
            }
            Wire.strings(out, s.preload().stream().map(Path::toString).toList());
            out.writeBoolean(s.updateSnapshots());
            out.writeBoolean(s.ci());
            Wire.strings(out, s.conditions());
        });
    }

    static Job job(byte[] body) throws IOException {
        DataInputStream in = in(body);
        TestFile file = file(in);
        String pattern = Wire.string(in);
        boolean todo = in.readBoolean();
        boolean only = in.readBoolean();
        double timeout = in.readDouble();
        int retry = in.readInt();
        boolean randomize = in.readBoolean();
        long seed = in.readLong();
        int maxConcurrency = in.readInt();
        boolean concurrent = in.readBoolean();
        Path cwd = Path.of(Wire.string(in));
        int n = in.readInt();
        Map<String, String> env = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) env.put(Wire.string(in), Wire.string(in));
        List<Path> preload = Wire.strings(in).stream().map(Path::of).toList();
        boolean update = in.readBoolean();
        boolean ci = in.readBoolean();
        List<String> conditions = Wire.strings(in);
        return new Job(file, new FileSettings(pattern, todo, only, timeout, retry, randomize, seed, maxConcurrency, concurrent,
                cwd, env, preload, update, ci, conditions));
    }

    // ---- events ----

    static byte[] event(RunEvent event) {
        return bytes(out -> {
            switch (event) {
                case RunEvent.FileStarted e -> {
                    out.writeByte(1);
                    file(out, e.file());
                }
                case RunEvent.TestStarted e -> {
                    out.writeByte(2);
                    file(out, e.file());
                    testId(out, e.test());
                }
                case RunEvent.TestFinished e -> {
                    out.writeByte(3);
                    file(out, e.file());
                    testResult(out, e.result());
                }
                case RunEvent.ConsoleOutput e -> {
                    out.writeByte(4);
                    file(out, e.file());
                    out.writeBoolean(e.test() != null);
                    if (e.test() != null) testId(out, e.test());
                    out.writeByte(e.stream().ordinal());
                    Wire.string(out, e.text());
                }
                case RunEvent.UnhandledError e -> {
                    out.writeByte(5);
                    file(out, e.file());
                    error(out, e.error());
                }
                case RunEvent.FileFinished e -> {
                    out.writeByte(6);
                    file(out, e.file());
                    fileResult(out, e.result());
                }
                default -> throw new IllegalArgumentException("not a file's event: " + event);
            }
        });
    }

    static RunEvent event(byte[] body) throws IOException {
        DataInputStream in = in(body);
        int kind = in.readByte();
        TestFile file = file(in);
        return switch (kind) {
            case 1 -> new RunEvent.FileStarted(file);
            case 2 -> new RunEvent.TestStarted(file, testId(in));
            case 3 -> new RunEvent.TestFinished(file, testResult(in));
            case 4 -> {
                TestId test = in.readBoolean() ? testId(in) : null;
                RunEvent.Stream stream = RunEvent.Stream.values()[in.readByte()];
                yield new RunEvent.ConsoleOutput(file, test, stream, Wire.string(in));
            }
            case 5 -> new RunEvent.UnhandledError(file, error(in));
            case 6 -> new RunEvent.FileFinished(file, fileResult(in));
            default -> throw new IOException("unknown event kind " + kind);
        };
    }

    private static void file(DataOutputStream out, TestFile f) throws IOException {
        Wire.string(out, f.path().toString());
        Wire.string(out, f.displayPath());
        out.writeInt(f.run());
    }

    private static TestFile file(DataInputStream in) throws IOException {
        return new TestFile(Path.of(Wire.string(in)), Wire.string(in), in.readInt());
    }

    private static void testId(DataOutputStream out, TestId id) throws IOException {
        Wire.string(out, id.file());
        Wire.strings(out, id.path());
    }

    private static TestId testId(DataInputStream in) throws IOException {
        return new TestId(Wire.string(in), Wire.strings(in));
    }

    private static void testResult(DataOutputStream out, TestResult r) throws IOException {
        testId(out, r.id());
        out.writeByte(r.status().ordinal());
        out.writeDouble(r.durationMillis());
        errors(out, r.errors());
        out.writeInt(r.expectCalls());
        out.writeBoolean(r.timedOut());
        out.writeInt(r.line());
        out.writeInt(r.attempt());
        errors(out, r.earlierErrors());
        out.writeBoolean(r.flaky());
    }

    private static TestResult testResult(DataInputStream in) throws IOException {
        return new TestResult(testId(in), TestStatus.values()[in.readByte()], in.readDouble(), errors(in), in.readInt(),
                in.readBoolean(), in.readInt(), in.readInt(), errors(in), in.readBoolean());
    }

    private static void errors(DataOutputStream out, List<ErrorInfo> errors) throws IOException {
        out.writeInt(errors.size());
        for (ErrorInfo e : errors) error(out, e);
    }

    private static List<ErrorInfo> errors(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<ErrorInfo> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(error(in));
        return out;
    }

    private static void error(DataOutputStream out, ErrorInfo e) throws IOException {
        Wire.string(out, e.name());
        Wire.string(out, e.message());
        out.writeInt(e.frames().size());
        for (ErrorInfo.StackFrame f : e.frames()) {
            Wire.string(out, f.function());
            Wire.string(out, f.file());
            out.writeInt(f.line());
            out.writeInt(f.column());
        }
        Wire.string(out, e.expected());
        Wire.string(out, e.actual());
        Wire.string(out, e.thrown());
    }

    private static ErrorInfo error(DataInputStream in) throws IOException {
        String name = Wire.string(in);
        String message = Wire.string(in);
        int n = in.readInt();
        List<ErrorInfo.StackFrame> frames = new ArrayList<>(n);
        for (int i = 0; i < n; i++) frames.add(new ErrorInfo.StackFrame(Wire.string(in), Wire.string(in), in.readInt(), in.readInt()));
        return new ErrorInfo(name, message, frames, Wire.string(in), Wire.string(in), Wire.string(in));
    }

    private static void fileResult(DataOutputStream out, FileResult r) throws IOException {
        out.writeByte(r.status().ordinal());
        out.writeDouble(r.durationMillis());
        out.writeBoolean(r.loadError() != null);
        if (r.loadError() != null) error(out, r.loadError());
        for (int n : new int[] {r.pass(), r.fail(), r.skip(), r.todo(), r.unhandledErrors(), r.filteredOut(),
                r.expectCallsOutsideTests()}) {
            out.writeInt(n);
        }
        SnapshotCounts s = r.snapshots();
        for (int n : new int[] {s.total(), s.passed(), s.added(), s.failed()}) out.writeInt(n);
        out.writeInt(s.obsolete().size());
        for (ObsoleteSnapshots o : s.obsolete()) {
            Wire.string(out, o.testFile().toString());
            Wire.strings(out, o.keys());
            out.writeBoolean(o.removed());
        }
        Wire.strings(out, r.modules().stream().map(Path::toString).toList());
    }

    private static FileResult fileResult(DataInputStream in) throws IOException {
        FileResult.FileStatus status = FileResult.FileStatus.values()[in.readByte()];
        double ms = in.readDouble();
        ErrorInfo loadError = in.readBoolean() ? error(in) : null;
        int pass = in.readInt(), fail = in.readInt(), skip = in.readInt(), todo = in.readInt(), unhandled = in.readInt(),
                filtered = in.readInt(), expectCallsOutsideTests = in.readInt();
        int total = in.readInt(), passed = in.readInt(), added = in.readInt(), failed = in.readInt();
        int obsoleteFiles = in.readInt();
        List<ObsoleteSnapshots> obsolete = new ArrayList<>(obsoleteFiles);
        for (int i = 0; i < obsoleteFiles; i++) {
            obsolete.add(new ObsoleteSnapshots(Path.of(Wire.string(in)), Wire.strings(in), in.readBoolean()));
        }
        SnapshotCounts snapshots = new SnapshotCounts(total, passed, added, failed, obsolete);
        Set<Path> modules = new LinkedHashSet<>();
        for (String p : Wire.strings(in)) modules.add(Path.of(p));
        return new FileResult(status, ms, loadError, pass, fail, skip, todo, unhandled, filtered, snapshots, modules,
                expectCallsOutsideTests);
    }
}
