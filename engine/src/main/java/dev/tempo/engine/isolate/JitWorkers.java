package dev.tempo.engine.isolate;

import dev.tempo.engine.events.RunEvent.TestFile;
import dev.tempo.engine.events.RunListener;
import dev.tempo.engine.run.FileSettings;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * {@code --jit}: the run's files go to worker JVMs that compile hot JS (see {@link JitLaunch}), one file at
 * a time per slot as with {@code --isolate=process}. The first worker is started before anything runs and
 * must greet with an optimizing runtime; if it cannot (no compiler jar, a JVM that refuses JVMCI or the
 * jar), tempo says why once and the caller runs the files in-process, interpreted.
 */
public final class JitWorkers {
    /** The name a Truffle runtime without a compiler reports. */
    static final String INTERPRETED = "Interpreted";

    private final List<String> command;
    private final WorkerProcess first;

    private JitWorkers(List<String> command, WorkerProcess first) {
        this.command = command;
        this.first = first;
    }

    /**
     * Starts the first JIT worker. {@code say} gets one line either way: the mode the files will run in, or
     * why the JIT is not available.
     */
    public static Optional<JitWorkers> start(Consumer<String> say) {
        return start(JitLaunch.find(), say);
    }

    static Optional<JitWorkers> start(JitLaunch.Setup setup, Consumer<String> say) {
        if (setup instanceof JitLaunch.Unavailable(String reason)) {
            say.accept(unavailable(reason));
            return Optional.empty();
        }
        JitLaunch.Available jit = (JitLaunch.Available) setup;
        WorkerProcess w;
        try {
            w = WorkerProcess.start(jit.command());
        } catch (IOException e) {
            say.accept(unavailable(e.getMessage()));
            return Optional.empty();
        }
        if (w.runtimeName().equals(INTERPRETED)) {
            w.stop();
            say.accept(unavailable("the worker JVM did not load the Graal compiler from " + jit.compiler()));
            return Optional.empty();
        }
        say.accept("JIT on: test files run in worker JVMs with the " + w.runtimeName() + " compiler (" + jit.compiler().getFileName() + ")");
        return Optional.of(new JitWorkers(jit.command(), w));
    }

    static String unavailable(String reason) {
        return "JIT unavailable (" + reason + "); running interpreted";
    }

    /** Runs the files in up to {@code slots} JIT workers; returns when all are done or {@code stop} says so. */
    public void run(List<TestFile> queue, Function<TestFile, FileSettings> settingsFor, RunListener bus, BooleanSupplier stop,
                    int slots) {
        ProcessPool.run(queue, settingsFor, bus, stop, slots, command, first);
    }
}
