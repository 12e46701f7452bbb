package dev.tempo.engine.loop;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;

/**
 * One test file's event loop, run on the thread that owns its context. The runner's tasks (its calls
 * into user code) come first, whenever there are some; then turns go as bun's do: the message
 * deliveries until none is left, then the immediates queued before the turn began, then the timers that are due, in due-time-then-creation
 * order (so an immediate runs before a setTimeout(fn, 0) made before it). Promise jobs drain after
 * every call into JS; process.nextTick callbacks run before them: the JS side runs its queue at the end
 * of each callback, and this loop runs what promise jobs queued (see {@link #ticksQueued}). Callbacks
 * are JS functions that catch their own errors; what still reaches here (an interrupt from the
 * watchdog) goes to {@link Failures}.
 *
 * <p>Fake timers live on the loop's {@link FakeClock}. They never fire on their own and never keep the
 * loop waiting, except when the clock advances with real time: then, while the file waits on anything,
 * the loop moves the clock one step per step of real time.
 */
public final class EventLoop {
    /** Where the loop sends what it cannot handle itself. */
    public interface Failures {
        /** A synchronous hang was interrupted ({@code e} holds where it was): time out whatever was running. */
        void interrupted(PolyglotException e);

        /** A guest exception escaped a callback. */
        void escaped(PolyglotException e);
    }

    /** callback: a JS function (a {@link Value}) or a {@link Runnable} of the host's own (the test runner's). */
    private record Timer(long id, long seq, Object callback, long intervalNanos, boolean repeat) {}

    private final PriorityQueue<long[]> due = new PriorityQueue<>((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
    private final Map<Long, Timer> timers = new HashMap<>();
    private final Map<Long, Boolean> unref = new HashMap<>();
    /** JS functions ({@link Value}) and the host's own {@link Runnable}s. */
    private final ArrayDeque<Object> tasks = new ArrayDeque<>();
    private final ArrayDeque<Value> messages = new ArrayDeque<>();
    private final ArrayDeque<long[]> immediateOrder = new ArrayDeque<>();
    private final Map<Long, Value> immediates = new HashMap<>();
    private final Failures failures;
    private final FakeClock fake = new FakeClock();
    private Value tickRunner;
    private boolean ticksQueued;
    private long pausedTimersAt = -1;
    /** The first timer sequence number made during the current turn: those wait for the next one. */
    private long turnSeq;
    private long nextAutoAdvance;
    private long nextId = 1;
    private long seq;

    public EventLoop(Failures failures) {
        this.failures = failures;
    }

    /** The virtual clock fake timers are scheduled on. */
    public FakeClock fakeClock() {
        return fake;
    }

    public long now() {
        return System.nanoTime();
    }

    public long setTimer(Value callback, double delayMillis, boolean repeat) {
        return addTimer(callback, delayMillis, repeat);
    }

    /** A one-shot timer of the host's own: {@code action} runs as a timer callback would. */
    public long setTimer(Runnable action, double delayMillis) {
        return addTimer(action, delayMillis, false);
    }

    private long addTimer(Object callback, double delayMillis, boolean repeat) {
        long id = nextId++;
        long interval = Math.max(1, (long) (Math.max(1, delayMillis) * 1_000_000L));
        Timer t = new Timer(id, seq++, callback, interval, repeat);
        timers.put(id, t);
        due.add(new long[] {now() + interval, t.seq, id});
        return id;
    }

    public void clearTimer(long id) {
        timers.remove(id);
        unref.remove(id);
    }

    public void refTimer(long id, boolean ref) {
        if (ref) unref.remove(id);
        else if (timers.containsKey(id)) unref.put(id, Boolean.TRUE);
    }

    public long setImmediate(Value callback) {
        long id = nextId++;
        immediates.put(id, callback);
        immediateOrder.add(new long[] {id});
        return id;
    }

    public void clearImmediate(long id) {
        immediates.remove(id);
    }

    /** Queues a call into JS for the next turn, ahead of timers. */
    public void enqueueTask(Value fn) {
        tasks.add(fn);
    }

    /** Queues a task of the host's own (the test runner's next step), in the same queue as the JS ones. */
    public void enqueueTask(Runnable action) {
        tasks.add(action);
    }

    /** The JS function that runs the queued process.nextTick callbacks. */
    public void setTickRunner(Value runner) {
        this.tickRunner = runner;
    }

    /** The JS side queued a process.nextTick callback while its queue was empty. */
    public void ticksQueued() {
        ticksQueued = true;
    }

    /**
     * Runs the queued process.nextTick callbacks now, ahead of the promise jobs the current call into JS
     * queued (they drain when the outermost call returns), and again for ticks those jobs queue.
     */
    public void runTicks() {
        while (ticksQueued && tickRunner != null) {
            ticksQueued = false;
            invokeOnly(tickRunner);
        }
    }

    /** Queues a message delivery (MessagePort, BroadcastChannel): after the runner's tasks, ahead of immediates. */
    public void enqueueMessage(Value fn) {
        messages.add(fn);
    }

    /** Timers that keep the loop alive (not unref'd). */
    public int pendingTimers() {
        return timers.size() - unref.size();
    }

    /**
     * Runs turns until {@code done} holds. Returns false when nothing is left that could make it hold
     * (no tasks, immediates or referenced timers): the caller decides what a stalled file means.
     */
    public boolean runUntil(BooleanSupplier done) {
        boolean timersTurn = false;
        while (!done.getAsBoolean()) {
            runTicks();
            if (!tasks.isEmpty()) {
                invoke(tasks.poll());
                continue;
            }
            if (!messages.isEmpty()) {
                invoke(messages.poll());
                continue;
            }
            if (!timersTurn) {
                // a new turn: timers made from here on wait for the next one, as they do in bun, whose
                // turns take well under the 1 ms a setTimeout(fn, 0) waits
                turnSeq = seq;
                timersTurn = true;
                if (!immediateOrder.isEmpty()) {
                    runImmediates();
                    continue;
                }
            }
            timersTurn = false;
            if (runDueTimers()) {
                timersTurn = pausedTimersAt >= 0;
                continue;
            }
            if (!immediateOrder.isEmpty()) continue;
            if (autoAdvanceDue()) continue;
            long[] next = nextLiveTimer();
            long wakeAt = next != null ? next[0] : Long.MAX_VALUE;
            if (autoAdvancing() && (next != null || fake.count() > 0)) wakeAt = Math.min(wakeAt, nextAutoAdvance);
            if (wakeAt == Long.MAX_VALUE) return done.getAsBoolean();
            long wait = wakeAt - now();
            if (wait > 0) LockSupport.parkNanos(Math.min(wait, TimeUnit.MILLISECONDS.toNanos(50)));
        }
        return true;
    }

    private boolean autoAdvancing() {
        double step = fake.autoAdvanceMillis();
        if (step <= 0) {
            nextAutoAdvance = 0;
            return false;
        }
        if (nextAutoAdvance == 0) nextAutoAdvance = now() + (long) (step * 1_000_000L);
        return true;
    }

    /** Moves an auto-advancing fake clock one step when a step of real time has passed. */
    private boolean autoAdvanceDue() {
        if (!autoAdvancing() || now() < nextAutoAdvance) return false;
        nextAutoAdvance = now() + (long) (fake.autoAdvanceMillis() * 1_000_000L);
        invoke(fake.autoDriver());
        return true;
    }

    private long[] nextLiveTimer() {
        while (!due.isEmpty() && !timers.containsKey(due.peek()[2])) due.poll();
        if (due.isEmpty() || pendingTimers() == 0) return null;
        return due.peek();
    }

    /**
     * Runs the timers due when the timers' turn began, made before the turn. A runner's task (the next test starting) pauses
     * the turn; it goes on after the task with the timers due at its start only, as in bun, where the next
     * test starts inside the callback that ended the last one.
     */
    private boolean runDueTimers() {
        boolean ran = false;
        long t = pausedTimersAt >= 0 ? pausedTimersAt : now();
        pausedTimersAt = -1;
        List<long[]> later = new ArrayList<>();
        while (!due.isEmpty() && due.peek()[0] <= t) {
            long[] entry = due.poll();
            Timer timer = timers.get(entry[2]);
            if (timer == null || timer.seq != entry[1]) continue;
            if (timer.seq >= turnSeq) {
                later.add(entry);
                continue;
            }
            if (timer.repeat) {
                Timer again = new Timer(timer.id, seq++, timer.callback, timer.intervalNanos, true);
                timers.put(timer.id, again);
                due.add(new long[] {Math.max(entry[0] + timer.intervalNanos, t), again.seq, timer.id});
            } else {
                timers.remove(timer.id);
                unref.remove(timer.id);
            }
            invoke(timer.callback);
            ran = true;
            if (!tasks.isEmpty()) {
                pausedTimersAt = t;
                break;
            }
        }
        due.addAll(later);
        return ran;
    }

    private void runImmediates() {
        int n = immediateOrder.size();
        for (int i = 0; i < n && !immediateOrder.isEmpty(); i++) {
            long id = immediateOrder.poll()[0];
            Value cb = immediates.remove(id);
            if (cb != null) invoke(cb);
        }
    }

    /**
     * Runs a callback (a JS function, or a Runnable of the host's own that calls into JS); promise jobs drain
     * when each call into JS returns, then the ticks they queued run.
     */
    private void invoke(Object callback) {
        invokeOnly(callback);
        runTicks();
    }

    private void invokeOnly(Object callback) {
        try {
            if (callback instanceof Value fn) fn.executeVoid();
            else ((Runnable) callback).run();
        } catch (PolyglotException e) {
            if (e.isCancelled()) throw e;
            if (e.isInterrupted()) failures.interrupted(e);
            else failures.escaped(e);
        }
    }

    /** Drops everything pending, fake timers included (the file is over). */
    public void clear() {
        fake.uninstall();
        timers.clear();
        unref.clear();
        due.clear();
        tasks.clear();
        messages.clear();
        immediates.clear();
        immediateOrder.clear();
        ticksQueued = false;
        pausedTimersAt = -1;
    }
}
