package dev.tempo.engine.loop;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;
import org.graalvm.polyglot.Value;

/**
 * The virtual clock of a test file's fake timers: virtual time in milliseconds and the timers and
 * immediates scheduled on it. Nothing here runs by itself: the JS side ({@code runtime/fake_timers.js},
 * through {@link FakeClockBridge}) takes the next due callback with {@link #take} and calls it, and the
 * {@link EventLoop} asks whether it advances with real time ({@code advanceTimers}) and calls its
 * driver when it should.
 *
 * <p>Order: a timer is due at creation time plus its delay; due timers come out by due time, then
 * creation order (an interval keeps its place: ids grow with creation); an immediate is due when it was created and comes after the timers due at that same
 * instant. An interval is rescheduled from its due time (not from when it ran) before its callback runs.
 */
public final class FakeClock {
    /** Fake ids start here, so a fake id never equals an id of the real loop's timers. */
    public static final long FIRST_ID = 1L << 40;

    private static final int TIMER = 0;
    private static final int IMMEDIATE = 1;

    private static final class Timer {
        final long id;
        final Value callback;
        final double delay;
        final boolean repeat;
        final int kind;
        final Value origin;
        double due;
        long seq;

        Timer(long id, Value callback, double delay, boolean repeat, int kind, Value origin) {
            this.id = id;
            this.callback = callback;
            this.delay = delay;
            this.repeat = repeat;
            this.kind = kind;
            this.origin = origin;
        }
    }

    private record Entry(double due, int kind, long seq, long id) {}

    private final PriorityQueue<Entry> queue = new PriorityQueue<>((a, b) -> a.due != b.due ? Double.compare(a.due, b.due)
            : a.kind != b.kind ? Integer.compare(a.kind, b.kind) : Long.compare(a.id, b.id));
    private final Map<Long, Timer> live = new HashMap<>();
    private final ArrayDeque<Long> immediates = new ArrayDeque<>();
    private long nextId = FIRST_ID;
    private long seq;
    private double now;
    private double wallBase;
    private boolean installed;
    private Value autoDriver;
    private Value lastOrigin;
    private double autoAdvanceMillis;

    /** Starts a fresh clock: no timers, virtual time 0, Date at {@code wallStart}. */
    public void install(double wallStart) {
        dropAll();
        now = 0;
        wallBase = wallStart;
        installed = true;
    }

    /** Stops the clock and drops everything pending on it. */
    public void uninstall() {
        dropAll();
        installed = false;
        autoDriver = null;
        autoAdvanceMillis = 0;
    }

    public boolean installed() {
        return installed;
    }

    /** Virtual milliseconds since install: what timers and performance.now follow. */
    public double now() {
        return now;
    }

    /** The faked system time in epoch milliseconds. */
    public double wallNow() {
        return wallBase + now;
    }

    /** Sets the faked system time without firing or moving any timer. */
    public void setWallNow(double epochMillis) {
        wallBase = epochMillis - now;
    }

    /** Schedules a timeout or interval {@code delay} virtual ms from now; returns its id. */
    public long schedule(Value callback, double delay, boolean repeat, Value origin) {
        Timer t = new Timer(nextId++, callback, delay, repeat, TIMER, origin);
        t.due = now + delay;
        enqueue(t);
        return t.id;
    }

    /** Queues an immediate: due now, after the timers due now. */
    public long immediate(Value callback, Value origin) {
        Timer t = new Timer(nextId++, callback, 0, false, IMMEDIATE, origin);
        t.due = now;
        enqueue(t);
        immediates.add(t.id);
        return t.id;
    }

    /** Cancels a timer or immediate; false when there is no such pending one. */
    public boolean cancel(long id) {
        return live.remove(id) != null;
    }

    public boolean has(long id) {
        return live.containsKey(id);
    }

    /** Restarts a pending timer's delay from now (Node's timeout.refresh()); false if it is gone. */
    public boolean refresh(long id) {
        Timer t = live.get(id);
        if (t == null || t.kind != TIMER) return false;
        t.due = now + t.delay;
        enqueue(t);
        return true;
    }

    /**
     * Takes the next callback due at or before {@code limit}, moving virtual time to its due time; an
     * interval is rescheduled first. Null when nothing is due by then.
     */
    public Value take(double limit) {
        Timer t = peek();
        if (t == null || t.due > limit) return null;
        queue.poll();
        lastOrigin = t.origin;
        if (t.due > now) now = t.due;
        if (t.repeat) {
            t.due += t.delay;
            enqueue(t);
        } else {
            live.remove(t.id);
        }
        return t.callback;
    }

    /** Takes the oldest pending immediate whatever the timers (runAllImmediates); null when none. */
    public Value takeImmediate() {
        while (!immediates.isEmpty()) {
            Timer t = live.remove(immediates.poll());
            if (t != null) {
                lastOrigin = t.origin;
                return t.callback;
            }
        }
        return null;
    }

    /** Due time of the next pending callback, or -1 when nothing is pending. */
    public double nextDue() {
        Timer t = peek();
        return t == null ? -1 : t.due;
    }

    /** The latest due time among pending callbacks, or -1 (runOnlyPendingTimers runs up to it). */
    public double lastDue() {
        double last = -1;
        for (Timer t : live.values()) last = Math.max(last, t.due);
        return last;
    }

    /** Moves virtual time forward to {@code time} (never back). */
    public void advanceTo(double time) {
        if (time > now) now = time;
    }

    /** Pending timers, intervals and immediates. */
    public int count() {
        return live.size();
    }

    /** Drops every pending timer and immediate; the time stays. */
    public void clear() {
        dropAll();
    }

    /** Where the callback last taken was created (an Error recorded when it was scheduled), or null. */
    public Value lastOrigin() {
        return lastOrigin;
    }

    /**
     * Makes the clock advance with real time: while the file waits in the event loop, {@code driver}
     * is called every {@code millis} real ms (it advances the clock by as much). 0 turns it off.
     */
    public void autoAdvance(Value driver, double millis) {
        autoDriver = millis > 0 ? driver : null;
        autoAdvanceMillis = millis > 0 ? millis : 0;
    }

    /** The real-time step of auto-advance in ms, 0 when the clock only moves when told to. */
    public double autoAdvanceMillis() {
        return installed && autoDriver != null ? autoAdvanceMillis : 0;
    }

    /** The JS function that advances the clock by one auto-advance step. */
    public Value autoDriver() {
        return autoDriver;
    }

    private void enqueue(Timer t) {
        t.seq = seq++;
        live.put(t.id, t);
        queue.add(new Entry(t.due, t.kind, t.seq, t.id));
    }

    /** The live timer at the head of the queue, dropping stale entries (cancelled or rescheduled). */
    private Timer peek() {
        while (!queue.isEmpty()) {
            Entry e = queue.peek();
            Timer t = live.get(e.id);
            if (t != null && t.seq == e.seq) return t;
            queue.poll();
        }
        return null;
    }

    private void dropAll() {
        lastOrigin = null;
        live.clear();
        queue.clear();
        immediates.clear();
    }
}
