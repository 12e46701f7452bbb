package dev.tempo.engine.run;

import dev.tempo.engine.events.ErrorInfo;
import dev.tempo.engine.js.JsLiterals;
import dev.tempo.engine.loop.EventLoop;
import dev.tempo.engine.loop.Watchdog;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

/**
 * Calls into the user's tests and hooks, each in its own loop task (so an interrupt only unwinds user
 * frames) with its timeout, and the set of such calls in flight. A call that returns a promise (or takes a
 * done callback) finishes when that settles; a synchronous success finishes in a later task, after the
 * rejection tracker has reported what the call left unhandled, so a forgotten rejected promise still fails
 * it. A call's outcome reaches its continuation in a task of its own, never inside the user's code.
 *
 * <p>Errors are kept as they were thrown ({@link Value}s) or, for those tempo makes (timeouts), as
 * {@link ErrorInfo}; they are only described when reported.
 */
final class UserCalls {
    /** What a call ended with: no errors when it succeeded (a thrown {@code undefined} is an error too). */
    record Outcome(List<Object> errors, boolean timedOut) {
        static final Outcome OK = new Outcome(List.of(), false);

        boolean failed() {
            return !errors.isEmpty();
        }
    }

    /** One call in flight. testScope: a test and its each-hooks receive errors escaping user code meanwhile. */
    private final class Call {
        final double timeoutMillis;
        final String what;
        final boolean testScope;
        final Consumer<Outcome> then;
        long timer;
        boolean settled;
        boolean delivered;

        Call(double timeoutMillis, String what, boolean testScope, Consumer<Outcome> then) {
            this.timeoutMillis = timeoutMillis;
            this.what = what;
            this.testScope = testScope;
            this.then = then;
        }
    }

    /** Where the host learns the stack of a hang the watchdog interrupted (its loop reports it later). */
    interface InterruptSite {
        void interruptedAt(String stack);
    }

    private final EventLoop loop;
    private final Watchdog watchdog;
    private final Value runtime;
    private final InterruptSite interruptSite;
    private final Value run;
    private final Set<Call> running = new LinkedHashSet<>();
    /** What the last call threw (calls into user code never nest: each runs in a task of its own). */
    private boolean threw;
    private Object thrown;

    UserCalls(EventLoop loop, Watchdog watchdog, Value runtime, InterruptSite interruptSite) {
        this.loop = loop;
        this.watchdog = watchdog;
        this.runtime = runtime;
        this.interruptSite = interruptSite;
        this.run = runtime.getMember("run");
    }

    /**
     * Calls {@code fn} with {@code thisArg} (and a done callback when it takes one) in a task of its own;
     * {@code then} gets the outcome. what: "test" or "hook", as a timeout names it.
     */
    void call(Value fn, boolean takesDone, Value thisArg, double timeoutMillis, String what, boolean testScope, Consumer<Outcome> then) {
        Call c = new Call(timeoutMillis, what, testScope, then);
        running.add(c);
        if (timeoutMillis > 0 && timeoutMillis < Integer.MAX_VALUE) {
            c.timer = loop.setTimer(() -> timeout(c, false, null), timeoutMillis);
            watchdog.arm(timeoutMillis);
        }
        loop.enqueueTask(() -> start(c, fn, takesDone, thisArg));
    }

    private void start(Call c, Value fn, boolean takesDone, Value thisArg) {
        Value done = !takesDone ? null : runtime.invokeMember("makeDone", (ProxyExecutable) a -> {
            if (a[1].asBoolean()) finish(c, failure(a[0]), false);
            else succeedLater(c);
            return null;
        });
        ProxyExecutable settled = a -> {
            if (a[0].asBoolean()) succeedLater(c);
            else finish(c, failure(a.length > 1 ? a[1] : null), false);
            return null;
        };
        boolean async;
        threw = false;
        try {
            async = run.execute(fn, thisArg, done, settled).asBoolean();
        } catch (PolyglotException e) {
            // a thenable whose then() threw
            if (!userError(e)) throw e;
            finish(c, failure(e.getGuestObject()), false);
            return;
        }
        if (threw) {
            Object error = thrown;
            thrown = null;
            threw = false;
            finish(c, failure(error), false);
        } else if (!async && !takesDone) {
            succeedLater(c);
        }
    }

    private void succeedLater(Call c) {
        loop.enqueueTask(() -> finish(c, Outcome.OK, false));
    }

    private static Outcome failure(Object error) {
        List<Object> errors = new ArrayList<>(1);
        errors.add(error);
        return new Outcome(errors, false);
    }

    private static boolean userError(PolyglotException e) {
        return e.isGuestException() && !e.isInterrupted() && !e.isCancelled() && !e.isExit() && !e.isResourceExhausted();
    }

    /**
     * The call itself, made from the runtime's {@code run} (host.callCapturing), so that its promise
     * handlers are attached within the same call into JS (a rejection is never seen unhandled) and
     * process.nextTick callbacks run before its promise jobs. A synchronous throw is kept for
     * {@link #start}: the value, wrapped with the host's stack when it is not an Error (which carries no
     * stack of its own). Interrupts and exits go on up.
     */
    Value callCapturing(Value fn, Value thisArg, Value done) {
        Value result = null;
        try {
            result = done.isNull() ? fn.invokeMember("call", thisArg) : fn.invokeMember("call", thisArg, done);
        } catch (PolyglotException e) {
            // The interrupt first unwinds user code here: its stack is where the hang was.
            if (e.isInterrupted()) interruptSite.interruptedAt(StackTraces.stackText(e));
            if (!userError(e)) throw e;
            Value value = e.getGuestObject();
            String stack = value != null && value.hasMember("stack") ? null : StackTraces.stackText(e);
            thrown = stack == null ? value : runtime.invokeMember("thrownAt", value, stack);
            threw = true;
        }
        // the user's synchronous code is over: its process.nextTick callbacks run before its promise jobs
        loop.runTicks();
        return result;
    }

    /**
     * Ends a call once (forced: the watchdog interrupted it, which may have stopped an ending halfway; it
     * ends again with a timeout). A forced call stays in flight until the promise jobs its unwinding queued
     * have run, so what they leave unhandled is its own leftover, never an error of the call that runs next.
     */
    private void finish(Call c, Outcome outcome, boolean forced) {
        if (c.settled && !forced) return;
        c.settled = true;
        if (c.timer != 0) loop.clearTimer(c.timer);
        if (forced) {
            loop.enqueueTask(() -> {
                release(c);
                deliver(c, outcome);
            });
        } else {
            release(c);
            loop.enqueueTask(() -> deliver(c, outcome));
        }
    }

    private void release(Call c) {
        running.remove(c);
        if (running.isEmpty()) watchdog.arm(0);
    }

    private static void deliver(Call c, Outcome outcome) {
        if (c.delivered) return;
        c.delivered = true;
        c.then.accept(outcome);
    }

    private void timeout(Call c, boolean forced, ErrorInfo stuck) {
        List<Object> errors = new ArrayList<>(2);
        errors.add(ErrorInfo.of("TimeoutError", c.what.equals("hook")
                // bun words a hook's timeout (any hook's) without its time, as the test's.
                ? "a beforeEach/afterEach hook timed out for this test."
                : "this " + c.what + " timed out after " + JsLiterals.number(c.timeoutMillis) + "ms."));
        if (stuck != null) errors.add(stuck);
        finish(c, new Outcome(errors, true), forced);
    }

    /**
     * An error that escaped user code (a timer callback, an unhandled rejection) fails the tests running.
     * Outside any test (between tests, in beforeAll/afterAll) it is not theirs: returns false.
     */
    boolean uncaught(Value error) {
        List<Call> tests = running.stream().filter(c -> c.testScope).toList();
        for (Call c : tests) finish(c, failure(error), false);
        return !tests.isEmpty();
    }

    /**
     * The watchdog interrupted a synchronous hang: everything in flight timed out. stack (or null) is where
     * the hang was, as "    at fn (file:line:col)" lines: it becomes an error of its own pointing there.
     */
    void interrupted(String stack) {
        ErrorInfo stuck = null;
        if (stack != null) {
            String message = "still running here when the timeout stopped it: synchronous code never lets a timer fire";
            stuck = StackTraces.errorInfo("Error", message, "Error: " + message + "\n" + stack, null, null);
        }
        for (Call c : List.copyOf(running)) timeout(c, true, stuck);
    }
}
