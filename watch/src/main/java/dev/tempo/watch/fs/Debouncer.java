package dev.tempo.watch.fs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Folds changes into bursts. A burst is handed on once no change arrived for the settle time (a few
 * milliseconds: an editor's save, even a write-to-temp-then-rename, is over by then), so work on it can
 * start early; whether the burst is really over is decided later, against the debounce window: a change
 * arriving within the window after the burst's last one (see {@link #pending}) means it was not,
 * and the two are to be treated as one. Any number of saves with gaps shorter than the window (an editor
 * writing a file in pieces, a formatter touching many files, a branch switch) thus give one rerun.
 */
public final class Debouncer implements AutoCloseable {
    /** How long no change must arrive before a burst is handed on. */
    public static final Duration SETTLE = Duration.ofMillis(5);

    /**
     * @param firstAt when its first change arrived (System.nanoTime)
     * @param lastAt  when its last change arrived
     */
    public record Burst(List<Change> changes, long firstAt, long lastAt) {}

    private final long settleNanos;
    private final Consumer<Burst> sink;
    private final List<Change> pending = new ArrayList<>();
    private final Thread thread;
    private long firstAt;
    private long lastAt;
    private boolean closed;

    /** Hands bursts on after {@code settle} without a change (at most the debounce {@code window}). */
    public Debouncer(Duration window, Consumer<Burst> sink) {
        this.settleNanos = Math.min(window.toNanos(), SETTLE.toNanos());
        this.sink = sink;
        this.thread = Thread.ofPlatform().daemon().name("tempo-debouncer").start(this::loop);
    }

    public synchronized void offer(Change change) {
        long now = System.nanoTime();
        if (pending.isEmpty()) firstAt = now;
        pending.add(change);
        lastAt = now;
        notifyAll();
    }

    /** The changes not yet handed on, or null when there are none. */
    public synchronized Burst pending() {
        return pending.isEmpty() ? null : new Burst(List.copyOf(pending), firstAt, lastAt);
    }

    private void loop() {
        while (true) {
            Burst burst;
            synchronized (this) {
                try {
                    while (pending.isEmpty() && !closed) wait();
                    if (closed) return;
                    long quiet;
                    while ((quiet = lastAt + settleNanos - System.nanoTime()) > 0 && !closed) {
                        wait(Math.max(1, quiet / 1_000_000), (int) (quiet % 1_000_000));
                    }
                    if (closed) return;
                } catch (InterruptedException e) {
                    return;
                }
                burst = new Burst(List.copyOf(pending), firstAt, lastAt);
                pending.clear();
            }
            sink.accept(burst);
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
