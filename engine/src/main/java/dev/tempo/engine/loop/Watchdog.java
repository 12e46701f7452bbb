package dev.tempo.engine.loop;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.graalvm.polyglot.Context;

/**
 * Stops a synchronous hang ({@code while (true) {}}) that a JS timer can never interrupt: when a test
 * is still inside one call into JS a little past its timeout, the context is interrupted. The loop
 * then reports the interrupt and the file goes on with its next test.
 */
public final class Watchdog {
    private static final ScheduledExecutorService SCHEDULER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "tempo-watchdog");
        t.setDaemon(true);
        return t;
    });
    private static final long GRACE_MILLIS = 100;

    private final Context context;
    private ScheduledFuture<?> pending;
    private Thread interrupting;

    public Watchdog(Context context) {
        this.context = context;
    }

    /** Arms for a call that may run {@code timeoutMillis}; 0 disarms. */
    public synchronized void arm(double timeoutMillis) {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
        if (timeoutMillis <= 0) return;
        pending = SCHEDULER.schedule(this::fire, (long) timeoutMillis + GRACE_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void fire() {
        synchronized (this) {
            if (pending == null) return;
            pending = null;
        }
        // interrupt() blocks until the context's thread has left JS; do it off the scheduler thread.
        Thread t = Thread.ofPlatform().daemon().name("tempo-interrupt").unstarted(() -> {
            try {
                context.interrupt(Duration.ofSeconds(10));
            } catch (Exception e) {
                // the context finished or closed meanwhile: nothing to stop
            }
        });
        synchronized (this) {
            interrupting = t;
        }
        t.start();
    }

    /**
     * Waits until an interrupt in flight has completed, so that the next call into JS is not hit by it.
     * The loop calls this after it caught an interrupted call.
     */
    public void awaitInterrupt() {
        Thread t;
        synchronized (this) {
            t = interrupting;
            interrupting = null;
        }
        if (t == null) return;
        try {
            t.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public synchronized void close() {
        if (pending != null) pending.cancel(false);
        pending = null;
    }
}
