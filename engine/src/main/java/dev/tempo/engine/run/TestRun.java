package dev.tempo.engine.run;

import dev.tempo.engine.events.RunEvent;
import dev.tempo.engine.events.RunEvent.TestFile;
import dev.tempo.engine.events.RunListener;
import dev.tempo.engine.events.RunSummary;
import dev.tempo.engine.isolate.JitWorkers;
import dev.tempo.engine.isolate.ProcessPool;
import dev.tempo.engine.js.JsEngine;
import dev.tempo.engine.module.Transpiler;
import dev.tempo.engine.schedule.DispatchOrder;
import dev.tempo.engine.schedule.FileTimings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Orchestrates a run: files are taken in order by a fixed number of worker threads, each file in its
 * own context; events from all workers reach the listeners one at a time; the totals come from the
 * same stream the listeners see.
 */
public final class TestRun {
    /** Worker stacks are large: GraalJS's interpreter needs room for deep user recursion. */
    private static final long WORKER_STACK_BYTES = 64L * 1024 * 1024;

    /**
     * @param settingsFor per-file settings (e.g. --concurrent-test-glob makes some files concurrent)
     * @param bail        stop starting tests after this many failures (0: never)
     * @param rerunEach   run each file this many times
     * @param seed        the --randomize seed, reported in the summary; null when the order is not random
     * @param history     durations and failures of earlier runs: with more than one worker, files start
     *                    slowest first (see {@link DispatchOrder}); one worker keeps the given order, which
     *                    is then also the printed order
     * @param isolateFailures run each failed test again alone in a fresh context; one that passes is flaky
     *                    (see {@link FailureIsolation})
     * @param isolateProcesses run files in worker JVMs (see {@link ProcessPool}); --isolate-failures does not
     *                    apply there
     * @param jit         run files in worker JVMs with the optimizing JIT (see {@link JitWorkers}); when that
     *                    cannot be set up, in-process as usual
     * @param notices     one-line messages for the user about how the run goes (the JIT's mode)
     */
    public record Request(List<TestFile> files, Function<TestFile, FileSettings> settingsFor, int parallelism, int bail,
                          int rerunEach, Long seed, FileTimings history, boolean isolateFailures, boolean isolateProcesses,
                          boolean jit, Consumer<String> notices) {
        public Request {
            history = history == null ? FileTimings.empty() : history;
            notices = notices == null ? m -> { } : notices;
        }

        public Request(List<TestFile> files, Function<TestFile, FileSettings> settingsFor, int parallelism, int bail,
                       int rerunEach, Long seed, FileTimings history, boolean isolateFailures, boolean isolateProcesses) {
            this(files, settingsFor, parallelism, bail, rerunEach, seed, history, isolateFailures, isolateProcesses, false, null);
        }

        public Request(List<TestFile> files, Function<TestFile, FileSettings> settingsFor, int parallelism, int bail,
                       int rerunEach, Long seed, FileTimings history, boolean isolateFailures) {
            this(files, settingsFor, parallelism, bail, rerunEach, seed, history, isolateFailures, false);
        }

        public Request(List<TestFile> files, Function<TestFile, FileSettings> settingsFor, int parallelism, int bail,
                       int rerunEach, Long seed) {
            this(files, settingsFor, parallelism, bail, rerunEach, seed, FileTimings.empty(), false);
        }
    }

    private TestRun() {}

    /**
     * Whether a test file or preload is TypeScript or JSX: swc's one-time start (≈0.2 s of CPU on a cold
     * JVM) is then begun early; a JavaScript run does without it unless it imports a .ts file.
     */
    private static boolean needsTranspiler(Request request) {
        if (request.files().isEmpty()) return false;
        if (request.files().stream().anyMatch(f -> Transpiler.needsTranspile(f.path().getFileName().toString()))) return true;
        return request.settingsFor().apply(request.files().getFirst()).preload().stream()
                .anyMatch(p -> Transpiler.needsTranspile(p.getFileName().toString()));
    }

    public static RunSummary execute(Request request, List<RunListener> listeners) {
        return execute(request, listeners, () -> false);
    }

    /**
     * A run that stops early, as --bail does, once {@code cancelled} says so (checked before each test and
     * each file): watch mode drops a rerun that a newer save made obsolete.
     */
    public static RunSummary execute(Request request, List<RunListener> listeners, BooleanSupplier cancelled) {
        if (needsTranspiler(request)) Transpiler.warmUp();
        long started = System.nanoTime();
        SummaryCounter counter = new SummaryCounter();
        List<RunListener> all = new ArrayList<>();
        all.add(counter);
        all.addAll(listeners);
        RunListener bus = new SerializedListener(all);
        bus.onEvent(new RunEvent.RunStarted(request.files(), System.currentTimeMillis()));

        int runs = Math.max(1, request.rerunEach());
        int workers = Math.max(1, Math.min(request.parallelism(), request.files().size() * runs));
        List<TestFile> order = workers == 1 ? request.files() : DispatchOrder.slowestFirst(request.files(), request.history());
        List<TestFile> queue = new ArrayList<>();
        for (TestFile f : order) for (int i = 1; i <= runs; i++) queue.add(runs == 1 ? f : f.asRun(i));
        AtomicBoolean bailed = new AtomicBoolean();
        Optional<JitWorkers> jit = request.jit() ? JitWorkers.start(request.notices()) : Optional.empty();
        boolean inProcess = jit.isEmpty() && !request.isolateProcesses();
        if (inProcess) JsEngine.get();
        BooleanSupplier stop = () -> cancelled.getAsBoolean() || isBailed(request, counter, bailed);
        try {
            if (jit.isPresent()) jit.get().run(queue, request.settingsFor(), bus, stop, workers);
            else if (request.isolateProcesses()) ProcessPool.run(queue, request.settingsFor(), bus, stop, workers);
            else new Workers(request, queue, bus, stop, workers).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        RunSummary summary = counter.summary((System.nanoTime() - started) / 1e6, bailed.get(), request.seed());
        bus.onEvent(new RunEvent.RunFinished(summary));
        return summary;
    }

    /**
     * Worker threads taking files from the queue in order. A file whose thread is blocked below JS past its
     * timeout is given up (see {@link FileRunner}); that thread is left behind and a new one takes its place,
     * so the run still finishes.
     */
    private static final class Workers {
        private final Request request;
        private final List<TestFile> queue;
        private final RunListener bus;
        private final BooleanSupplier stop;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicInteger started = new AtomicInteger();
        private final CountDownLatch done;

        Workers(Request request, List<TestFile> queue, RunListener bus, BooleanSupplier stop, int count) {
            this.request = request;
            this.queue = queue;
            this.bus = bus;
            this.stop = stop;
            this.done = new CountDownLatch(count);
            for (int w = 0; w < count; w++) start();
        }

        private void start() {
            AtomicBoolean abandoned = new AtomicBoolean();
            Runnable replace = () -> {
                abandoned.set(true);
                start();
            };
            Thread.ofPlatform().name("tempo-worker-" + started.getAndIncrement()).stackSize(WORKER_STACK_BYTES).daemon().start(() -> {
                try {
                    int i;
                    while (!abandoned.get() && (i = next.getAndIncrement()) < queue.size()) {
                        if (stop.getAsBoolean()) break;
                        TestFile file = queue.get(i);
                        FileSettings settings = request.settingsFor().apply(file);
                        if (request.isolateFailures()) FailureIsolation.run(file, settings, bus, stop, replace);
                        else new FileRunner(file, settings, bus, stop).onAbandoned(replace).run();
                    }
                } finally {
                    // a thread that was given up no longer holds its place: its replacement does
                    if (!abandoned.get()) done.countDown();
                }
            });
        }

        void await() throws InterruptedException {
            done.await();
        }
    }

    private static boolean isBailed(Request request, SummaryCounter counter, AtomicBoolean bailed) {
        if (request.bail() > 0 && counter.failures() >= request.bail()) bailed.set(true);
        return bailed.get();
    }
}
