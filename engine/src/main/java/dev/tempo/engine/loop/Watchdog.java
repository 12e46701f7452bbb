package dev.tempo.engine.loop;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.graalvm.polyglot.Context;

/**
 * Stops a synchronous hang ({@code while (true) {}}) that a JS timer can never interrupt: when a test
 * is still inside one call into JS a little past its timeout, the context is interrupted. The loop
 * then reports the interrupt and the file goes on with its next test.
 *
 * <p>Arming happens around every test and hook, so it only writes a deadline; one shared daemon thread
 * looks at the deadlines a few dozen times a second (scheduling a task per test cost a thread wake-up
 * each time).
 */
public final class Watchdog {
    private static final long GRACE_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(20);
    private static final Set<Watchdog> ACTIVE = ConcurrentHashMap.newKeySet();
    private static volatile Thread poller;

    /**
     * How long an interrupt may take to stop the context's thread. Past it the thread is blocked below JS
     * (a host call that ignores interrupts, such as a read of a pipe nobody writes to) and is given up.
     */
    public static final Duration STOP_BUDGET = Duration.ofSeconds(5);

    private final Context context;
    private final Consumer<Duration> stuck;
    /** System.nanoTime() after which the running call is stopped; 0 when disarmed. */
    private final AtomicLong deadline = new AtomicLong();
    private Thread interrupting;

    /** @param stuck told (on another thread) when an interrupt did not stop the context within {@link #STOP_BUDGET} */
    public Watchdog(Context context, Consumer<Duration> stuck) {
        this.context = context;
        this.stuck = stuck;
        ACTIVE.add(this);
        startPoller();
    }

    /** Arms for a call that may run {@code timeoutMillis}; 0 disarms. */
    public void arm(double timeoutMillis) {
        deadline.set(timeoutMillis <= 0 ? 0 : System.nanoTime() + (long) (timeoutMillis * 1_000_000L) + GRACE_NANOS);
    }

    private static void startPoller() {
        if (poller != null) return;
        synchronized (Watchdog.class) {
            if (poller != null) return;
            Thread t = new Thread(Watchdog::poll, "tempo-watchdog");
            t.setDaemon(true);
            t.start();
            poller = t;
        }
    }

    private static void poll() {
        while (true) {
            LockSupport.parkNanos(POLL_NANOS);
            long now = System.nanoTime();
            for (Watchdog w : ACTIVE) {
                long d = w.deadline.get();
                // (compareAndSet: a call armed meanwhile has a deadline of its own)
                if (d != 0 && now - d > 0 && w.deadline.compareAndSet(d, 0)) w.fire();
            }
        }
    }

    private void fire() {
        // interrupt() blocks until the context's thread has left JS; do it off the polling thread.
        Thread t = Thread.ofPlatform().daemon().name("tempo-interrupt").unstarted(() -> {
            try {
                context.interrupt(STOP_BUDGET);
            } catch (TimeoutException e) {
                if (ACTIVE.contains(this)) stuck.accept(STOP_BUDGET);
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
            t.join(STOP_BUDGET.toMillis() + 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public void close() {
        deadline.set(0);
        ACTIVE.remove(this);
    }
}
