package dev.tempo.engine.isolate;

import dev.tempo.engine.events.RunEvent.TestFile;
import dev.tempo.engine.events.RunListener;
import dev.tempo.engine.run.FileSettings;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * {@code --isolate=process}: each of N slots drives a worker JVM that runs one file at a time. A worker
 * that dies or goes silent costs only the file it was running (ended CRASHED with what it had reported);
 * the slot starts a fresh worker for its next file. A worker whose heap, after its last collection, is
 * above {@link #RECYCLE_PERCENT}% of its maximum is replaced too, so memory stays bounded.
 */
public final class ProcessPool {
    static final int RECYCLE_PERCENT = 60;

    private ProcessPool() {}

    public static void run(List<TestFile> queue, Function<TestFile, FileSettings> settingsFor, RunListener bus,
                           BooleanSupplier stop, int slots) {
        run(queue, settingsFor, bus, stop, slots, WorkerProcess.command(), null);
    }

    /**
     * @param command how to start a worker JVM
     * @param first   a worker already started with that command, for the first slot (or null)
     */
    static void run(List<TestFile> queue, Function<TestFile, FileSettings> settingsFor, RunListener bus,
                    BooleanSupplier stop, int slots, List<String> command, WorkerProcess first) {
        AtomicInteger next = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(slots);
        for (int s = 0; s < slots; s++) {
            WorkerProcess given = s == 0 ? first : null;
            Thread.ofPlatform().daemon().name("tempo-slot-" + s).start(() -> {
                WorkerProcess worker = given;
                try {
                    int i;
                    while ((i = next.getAndIncrement()) < queue.size() && !stop.getAsBoolean()) {
                        TestFile file = queue.get(i);
                        if (worker == null) {
                            try {
                                worker = WorkerProcess.start(command);
                            } catch (IOException e) {
                                WorkerProcess.crashed(file, bus, "no worker process could be started: " + e.getMessage());
                                continue;
                            }
                        }
                        WorkerProcess.Outcome o = worker.run(file, settingsFor.apply(file), bus);
                        if (!o.alive()) {
                            worker.kill();
                            worker = null;
                        } else if (o.heapMax() > 0 && o.heapUsed() * 100 / o.heapMax() > RECYCLE_PERCENT) {
                            worker.stop();
                            worker = null;
                        }
                    }
                } finally {
                    if (worker != null) worker.stop();
                    done.countDown();
                }
            });
        }
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
