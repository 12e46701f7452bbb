package dev.tempo.watch.fs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Folds a burst of changes into one batch: the batch is handed on once no change arrived for the whole
 * window, so any number of saves with shorter gaps between them (an editor writing a file in pieces, a
 * formatter touching many files, a branch switch) gives one rerun.
 */
public final class Debouncer implements AutoCloseable {
    private final long windowNanos;
    private final Consumer<List<Change>> sink;
    private final List<Change> pending = new ArrayList<>();
    private final Thread thread;
    private long lastAt;
    private boolean closed;

    public Debouncer(Duration window, Consumer<List<Change>> sink) {
        this.windowNanos = window.toNanos();
        this.sink = sink;
        this.thread = Thread.ofPlatform().daemon().name("tempo-debouncer").start(this::loop);
    }

    public synchronized void offer(Change change) {
        pending.add(change);
        lastAt = System.nanoTime();
        notifyAll();
    }

    private void loop() {
        while (true) {
            List<Change> batch;
            synchronized (this) {
                try {
                    while (pending.isEmpty() && !closed) wait();
                    if (closed) return;
                    long quiet;
                    while ((quiet = lastAt + windowNanos - System.nanoTime()) > 0 && !closed) {
                        wait(Math.max(1, quiet / 1_000_000), (int) (quiet % 1_000_000));
                    }
                    if (closed) return;
                } catch (InterruptedException e) {
                    return;
                }
                batch = List.copyOf(pending);
                pending.clear();
            }
            sink.accept(batch);
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            notifyAll();
        }
        thread.interrupt();
    }
}
