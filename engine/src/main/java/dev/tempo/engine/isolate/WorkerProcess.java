package dev.tempo.engine.isolate;

import dev.tempo.engine.events.ErrorInfo;
import dev.tempo.engine.events.FileResult;
import dev.tempo.engine.events.RunEvent;
import dev.tempo.engine.events.RunEvent.TestFile;
import dev.tempo.engine.events.RunListener;
import dev.tempo.engine.events.SnapshotCounts;
import dev.tempo.engine.run.FileSettings;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One worker JVM seen from tempo: it runs one file at a time and its events are passed on as they come.
 * If it goes silent (no event, no heartbeat) for {@link #SILENCE_SECONDS} it is killed; if it dies before
 * the file's end, what it reported is kept and the file ends CRASHED with the cause.
 */
final class WorkerProcess {
    static final long SILENCE_SECONDS = 30;
    /** How long a new worker may take to start its JVM and JS engine. */
    static final long GREETING_SECONDS = 60;
    private static final Wire.Frame END = new Wire.Frame((byte) 0, new byte[0]);

    /** How a file went: the worker finished it (with its heap after the last collection), or the worker is gone. */
    record Outcome(boolean alive, long heapUsed, long heapMax) {}

    private final Process process;
    private final DataOutputStream toWorker;
    private final BlockingQueue<Wire.Frame> frames = new LinkedBlockingQueue<>();
    private volatile String channelError;
    private String runtimeName;

    private WorkerProcess(Process process) {
        this.process = process;
        this.toWorker = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()));
        DataInputStream in = new DataInputStream(new BufferedInputStream(process.getInputStream()));
        Thread.ofPlatform().daemon().name("tempo-worker-reader-" + process.pid()).start(() -> {
            try {
                Wire.Frame f;
                while ((f = Wire.read(in)) != null) frames.add(f);
            } catch (IOException e) {
                channelError = e.getMessage();
            }
            frames.add(END);
        });
    }

    static WorkerProcess start() throws IOException {
        return start(command());
    }

    /**
     * Starts a worker with this command and waits for its greeting, which names the JS runtime it got
     * ("Interpreted", or the compiler's name under {@code --jit}); a worker that exits first is an error.
     */
    static WorkerProcess start(List<String> command) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        WorkerProcess w = new WorkerProcess(pb.start());
        try {
            Wire.Frame f;
            do {
                f = w.frames.poll(GREETING_SECONDS, TimeUnit.SECONDS);
            } while (f != null && f.kind() == Wire.HEARTBEAT);
            if (f == null || f == END || f.kind() != Wire.HELLO) {
                String why = f == null ? "sent nothing for " + GREETING_SECONDS + " s" : f == END ? w.deathCause() : "sent frame " + f.kind();
                w.kill();
                throw new IOException("the worker JVM did not start: it " + why.replaceFirst("^its worker process ", ""));
            }
            w.runtimeName = new String(f.body(), java.nio.charset.StandardCharsets.UTF_8);
            return w;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            w.kill();
            throw new IOException("interrupted while the worker JVM started");
        }
    }

    /** The name of the worker's JS runtime, from its greeting. */
    String runtimeName() {
        return runtimeName;
    }

    /** This JVM's own command line (same java, same options, same class path), with the worker's main class. */
    static List<String> command() {
        List<String> cmd = new ArrayList<>();
        cmd.add(javaExecutable());
        cmd.addAll(inheritedJvmOptions());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(WorkerMain.class.getName());
        return cmd;
    }

    static String javaExecutable() {
        return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** This JVM's options a worker gets too. */
    static List<String> inheritedJvmOptions() {
        List<String> out = new ArrayList<>();
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            // a debugger agent would clash on its port; a training run's output belongs to the parent only
            if (arg.startsWith("-agentlib:jdwp") || arg.startsWith("-XX:AOTCacheOutput") || arg.startsWith("-XX:AOTMode")
                    || arg.startsWith("-XX:AOTConfiguration")) continue;
            out.add(arg);
        }
        return out;
    }

    /** Runs one file, passing its events on; never throws for the worker's death. */
    Outcome run(TestFile file, FileSettings settings, RunListener bus) {
        Reported seen = new Reported();
        try {
            Wire.write(toWorker, Wire.RUN, EventCodec.job(file, settings));
            while (true) {
                Wire.Frame f = frames.poll(SILENCE_SECONDS, TimeUnit.SECONDS);
                if (f == null) {
                    kill();
                    return died(file, bus, seen, "its worker process sent nothing for " + SILENCE_SECONDS + " s and was killed");
                }
                if (f == END) return died(file, bus, seen, deathCause());
                switch (f.kind()) {
                    case Wire.EVENT -> {
                        RunEvent e = EventCodec.event(f.body());
                        seen.note(e);
                        bus.onEvent(e);
                    }
                    case Wire.DONE -> {
                        DataInputStream in = new DataInputStream(new ByteArrayInputStream(f.body()));
                        // a worker exits after a file that crashed in it: it is not asked for another
                        return new Outcome(!seen.crashed, in.readLong(), in.readLong());
                    }
                    default -> { } // heartbeat
                }
            }
        } catch (IOException e) {
            kill();
            return died(file, bus, seen, "its worker process could not be talked to: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
            return died(file, bus, seen, "the run was interrupted");
        }
    }

    private String deathCause() throws InterruptedException {
        if (!process.waitFor(5, TimeUnit.SECONDS)) kill();
        String how = channelError != null ? " (" + channelError + ")" : "";
        int status = process.exitValue();
        return "its worker process died" + (status > 128 ? " from signal " + (status - 128) : " with exit status " + status) + how;
    }

    /** Ends the file as crashed unless the worker already gave its final state. */
    private static Outcome died(TestFile file, RunListener bus, Reported seen, String cause) {
        if (!seen.finished) {
            ErrorInfo error = ErrorInfo.of("CrashError", file.displayPath() + " crashed"
                    + (seen.test == null ? "" : " (in test \"" + seen.test + "\")") + ": " + cause);
            bus.onEvent(new RunEvent.FileFinished(file, new FileResult(FileResult.FileStatus.CRASHED, 0, error, seen.pass,
                    seen.fail, seen.skip, seen.todo, seen.unhandled, 0, SnapshotCounts.NONE)));
        }
        return new Outcome(false, 0, 0);
    }

    /** Ends a file that no worker could run as crashed. */
    static void crashed(TestFile file, RunListener bus, String cause) {
        died(file, bus, new Reported(), cause);
    }

    void kill() {
        process.destroyForcibly();
    }

    /** Closes the worker's input: it finishes and exits. */
    void stop() {
        try {
            toWorker.close();
        } catch (IOException e) {
            kill();
        }
    }

    /** What a worker reported of the current file, to end it in the state it had reached. */
    private static final class Reported {
        int pass, fail, skip, todo, unhandled;
        String test;
        boolean finished, crashed;

        void note(RunEvent e) {
            switch (e) {
                case RunEvent.TestStarted t -> test = t.test().fullName();
                case RunEvent.TestFinished t -> {
                    test = null;
                    switch (t.result().status()) {
                        case PASS -> pass++;
                        case FAIL -> fail++;
                        case SKIP -> skip++;
                        case TODO -> todo++;
                    }
                }
                case RunEvent.UnhandledError u -> unhandled++;
                case RunEvent.FileFinished f -> {
                    finished = true;
                    crashed = f.result().status() == FileResult.FileStatus.CRASHED;
                }
                default -> { }
            }
        }
    }
}
