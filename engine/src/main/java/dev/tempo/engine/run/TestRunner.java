package dev.tempo.engine.run;

import dev.tempo.engine.events.ErrorInfo;
import dev.tempo.engine.events.TestStatus;
import dev.tempo.engine.run.TestTree.Hook;
import dev.tempo.engine.run.TestTree.Node;
import dev.tempo.engine.run.TestTree.Suite;
import dev.tempo.engine.run.TestTree.Test;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.graalvm.polyglot.Value;

/**
 * Runs one file's planned tree in order, as bun does: beforeAll once per suite before its first test,
 * beforeEach from the outermost suite in, afterEach from the innermost out, afterAll after the suite's last
 * test; retries, repeats, .failing, --todo, consecutive concurrent tests side by side. Every step after a
 * call into user code continues from a loop task (see {@link UserCalls}), so the file's thread never holds
 * the run on its stack; {@link #finished()} says when the last step is done.
 */
final class TestRunner {
    /** Where results go, and the run's state the runner reads as it goes. */
    interface Reports {
        void testStarted(List<String> path);

        /** errors and earlier hold thrown values ({@code Value}) and tempo's own errors ({@link ErrorInfo}). */
        void testFinished(List<String> path, Value where, TestStatus status, double millis, List<Object> errors, int expectCalls,
                          boolean timedOut, int attempt, List<Object> earlier);

        /** --bail stopped the run: nothing more is reported. */
        boolean bailed();

        /** The timeout of a test or hook that has none of its own, as setDefaultTimeout last left it. */
        double defaultTimeout();
    }

    private final TestTree tree;
    private final UserCalls calls;
    private final Value runtime;
    private final Reports reports;
    private final FileSettings settings;
    private final SeededRandom random;
    private boolean finished;
    /** The test whose function was called last (what node:test's t.skip() and t.todo() mark). */
    private TestAttempts current;

    TestRunner(TestTree tree, UserCalls calls, Value runtime, Reports reports, FileSettings settings) {
        this.tree = tree;
        this.calls = calls;
        this.runtime = runtime;
        this.reports = reports;
        this.settings = settings;
        this.random = new SeededRandom(settings.seed());
    }

    void start() {
        runSuite(tree.root, () -> finished = true);
    }

    boolean finished() {
        return finished;
    }

    /** node:test's t.skip() or t.todo() in the running test: it reports as skipped (if it passes) or todo. */
    void markRunning(String kind) {
        if (current != null) current.mark = kind.equals("todo") ? TestStatus.TODO : TestStatus.SKIP;
    }

    // ---- suites ----

    private void runSuite(Suite suite, Runnable done) {
        if (!suite.willRun()) {
            // Nothing runs here: skips and todos are reported, no hook runs.
            Steps.run(suite.children.size(), (i, next) -> runNode(suite.children.get(i), next), done);
            return;
        }
        List<Object> before = new ArrayList<>();
        double beforeStarted = now();
        runSuiteHooks(suite.beforeAll, before, beforeTimedOut -> {
            // As bun: a failed beforeAll is one failing "(unnamed)" test; the suite's tests do not run or show.
            if (!before.isEmpty()) hookFailed(suite, before, now() - beforeStarted, beforeTimedOut);
            List<Runnable1> units = before.isEmpty() ? units(ordered(suite.children)) : List.of();
            Steps.run(units.size(), (i, next) -> units.get(i).run(next), () -> {
                List<Object> after = new ArrayList<>();
                double afterStarted = now();
                runSuiteHooks(suite.afterAll, after, afterTimedOut -> {
                    if (!after.isEmpty()) hookFailed(suite, after, now() - afterStarted, afterTimedOut);
                    done.run();
                });
            });
        });
    }

    /** A step that calls {@code next} when it is over, at once or from a later task. */
    @FunctionalInterface
    private interface Runnable1 {
        void run(Runnable next);
    }

    private void runNode(Node node, Runnable next) {
        if (node instanceof Suite s) runSuite(s, next);
        else runTest((Test) node, next);
    }

    /** The children in running order, consecutive concurrent tests as one group. */
    private List<Runnable1> units(List<Node> children) {
        List<Runnable1> out = new ArrayList<>();
        for (int i = 0; i < children.size(); i++) {
            Node child = children.get(i);
            if (child instanceof Test t && isConcurrent(t)) {
                List<Test> group = new ArrayList<>(List.of(t));
                while (i + 1 < children.size() && children.get(i + 1) instanceof Test n && isConcurrent(n)) {
                    group.add(n);
                    i++;
                }
                out.add(next -> runConcurrently(group, next));
            } else {
                out.add(next -> runNode(child, next));
            }
        }
        return out;
    }

    private boolean isConcurrent(Test t) {
        return (t.concurrent() || settings.concurrent()) && t.fate().equals("run");
    }

    /** Up to --max-concurrency tests of the group in flight at once; done when all are over. */
    private void runConcurrently(List<Test> group, Runnable done) {
        int limit = Math.max(1, settings.maxConcurrency() == 0 ? 20 : settings.maxConcurrency());
        int workers = Math.min(limit, group.size());
        int[] nextIndex = {0};
        int[] live = {workers};
        for (int w = 0; w < workers; w++) {
            Steps.whileMore(() -> nextIndex[0] < group.size(), next -> runTest(group.get(nextIndex[0]++), next), () -> {
                if (--live[0] == 0) done.run();
            });
        }
    }

    private List<Node> ordered(List<Node> children) {
        if (!settings.randomize()) return children;
        List<Node> out = new ArrayList<>(children);
        for (int i = out.size() - 1; i > 0; i--) {
            int j = (int) Math.floor(random.next() * (i + 1));
            Node t = out.get(i);
            out.set(i, out.get(j));
            out.set(j, t);
        }
        return out;
    }

    /** beforeAll or afterAll hooks, sharing one {@code this}; then gets whether one timed out. */
    private void runSuiteHooks(List<Hook> hooks, List<Object> errors, Consumer<Boolean> then) {
        if (hooks.isEmpty()) {
            then.accept(false);
            return;
        }
        runHooks(hooks, runtime.invokeMember("object"), errors, false, then);
    }

    /** bun reports failed beforeAll/afterAll hooks as a failing test named "(unnamed)" in their suite. */
    private void hookFailed(Suite suite, List<Object> errors, double millis, boolean timedOut) {
        List<String> path = TestTree.append(suite.path, "(unnamed)");
        reports.testStarted(path);
        report(path, null, TestStatus.FAIL, millis, errors, 0, timedOut, 1, List.of());
    }

    // ---- hooks ----

    /** Runs hooks in order, adding their errors to {@code errors}; then gets whether one of them timed out. */
    private void runHooks(List<Hook> hooks, Value thisArg, List<Object> errors, boolean testScope, Consumer<Boolean> then) {
        boolean[] timedOut = {false};
        int[] index = {0};
        Steps.whileMore(() -> index[0] < hooks.size(), next -> {
            Hook h = hooks.get(index[0]++);
            double timeout = h.timeout() == TestTree.UNSET ? reports.defaultTimeout() : h.timeout();
            calls.call(h.fn(), h.takesDone(), thisArg, timeout, "hook", testScope, r -> {
                if (r.failed()) errors.addAll(r.errors());
                if (r.timedOut()) timedOut[0] = true;
                next.run();
            });
        }, () -> then.accept(timedOut[0]));
    }

    // ---- tests ----

    private void runTest(Test test, Runnable done) {
        // After --bail stopped the run, bun reports nothing more.
        if (test.fate().equals("hidden") || reports.bailed()) {
            done.run();
            return;
        }
        if (test.fate().equals("skip") || test.fate().equals("todo")) {
            report(test.path(), test.where(), test.fate().equals("skip") ? TestStatus.SKIP : TestStatus.TODO, 0, List.of(), 0,
                    false, 1, List.of());
            done.run();
            return;
        }
        reports.testStarted(test.path());
        new TestAttempts(test, done).start();
    }

    /**
     * One test's attempts (1 + retry) of its repeats (1 + repeats), each with the each-hooks around it. As
     * bun: each failed attempt's errors are shown, the result line names the attempt that decided it, and
     * only that attempt's expect() calls count.
     */
    private final class TestAttempts {
        private final Test test;
        private final Runnable done;
        private final double timeout;
        private final int attempts;
        private final int repeats;
        private final String name;
        private final List<Object> earlier = new ArrayList<>();
        private List<Object> errors = new ArrayList<>();
        private boolean timedOut;
        private int expectCalls;
        private int attempt;
        private int rep;
        private double started;
        /** SKIP or TODO when the test said so while it ran (node:test's t.skip(), t.todo()); else null. */
        private TestStatus mark;

        TestAttempts(Test test, Runnable done) {
            this.test = test;
            this.done = done;
            this.timeout = test.timeout() == TestTree.UNSET ? reports.defaultTimeout() : test.timeout();
            this.attempts = 1 + (int) Math.max(0, test.retry() == TestTree.UNSET ? settings.retry() : test.retry());
            this.repeats = 1 + (int) Math.max(0, test.repeats() == TestTree.UNSET ? 0 : test.repeats());
            this.name = test.fullName();
        }

        void start() {
            started = now();
            beginAttempt();
        }

        private void beginAttempt() {
            if (!errors.isEmpty()) earlier.addAll(errors);
            errors = new ArrayList<>();
            timedOut = false;
            expectCalls = 0;
            rep = 0;
            beginRepeat();
        }

        private void beginRepeat() {
            if (rep >= repeats || !errors.isEmpty()) {
                endAttempt();
                return;
            }
            Value context = runtime.invokeMember("beginTest", name);
            List<Hook> before = test.parent().beforeEachChain();
            if (before.isEmpty()) body(context);
            else runHooks(before, context, errors, true, t -> {
                if (t) timedOut = true;
                body(context);
            });
        }

        private void body(Value context) {
            if (!errors.isEmpty()) {
                afterEach(context);
                return;
            }
            current = this;
            calls.call(test.fn(), test.takesDone(), context, timeout, "test", true, r -> {
                if (r.failed()) {
                    errors.addAll(r.errors());
                    timedOut = r.timedOut();
                }
                afterEach(context);
            });
        }

        private void afterEach(Value context) {
            List<Hook> after = test.parent().afterEachChain();
            if (after.isEmpty()) endRepeat();
            else runHooks(after, context, errors, true, t -> {
                if (t) timedOut = true;
                endRepeat();
            });
        }

        private void endRepeat() {
            // expect() calls, or [calls, then the errors of unmet expect.assertions / expect.soft]
            Value end = runtime.invokeMember("endTest");
            if (end.isNumber()) {
                expectCalls += end.asInt();
            } else {
                expectCalls += end.getArrayElement(0).asInt();
                if (errors.isEmpty()) for (long i = 1; i < end.getArraySize(); i++) errors.add(end.getArrayElement(i));
            }
            rep++;
            beginRepeat();
        }

        private void endAttempt() {
            if (test.failing()) {
                if (!errors.isEmpty() && !timedOut) errors = new ArrayList<>();
                else if (errors.isEmpty()) {
                    errors = new ArrayList<>(List.of(statusMarker(
                            "this test is marked as failing but it passed. Remove `.failing` if tested behavior now works")));
                }
            }
            if (!errors.isEmpty() && attempt + 1 < attempts) {
                attempt++;
                beginAttempt();
                return;
            }
            TestStatus status = errors.isEmpty() ? TestStatus.PASS : TestStatus.FAIL;
            if (mark == TestStatus.TODO || mark == TestStatus.SKIP && status == TestStatus.PASS) {
                status = mark;
                errors = List.of();
            } else if (test.fate().equals("run-todo")) {
                // With --todo a todo test runs; passing means the todo mark should go (bun reports it failed).
                if (status == TestStatus.PASS) {
                    status = TestStatus.FAIL;
                    errors = List.of(statusMarker("this test is marked as todo but passes. Remove `.todo` if tested behavior now works"));
                } else {
                    status = TestStatus.TODO;
                }
            }
            report(test.path(), test.where(), status, now() - started, errors, expectCalls, timedOut, attempt + 1, earlier);
            done.run();
        }
    }

    /** Why a test that passed is reported failed; printed as bun does, as a "^" note under the test line. */
    private static ErrorInfo statusMarker(String message) {
        return ErrorInfo.of("StatusMarker", message);
    }

    private void report(List<String> path, Value where, TestStatus status, double millis, List<Object> errors, int expectCalls,
                        boolean timedOut, int attempt, List<Object> earlier) {
        if (status != TestStatus.PASS) runtime.invokeMember("keepSnapshots", String.join(" ", path));
        reports.testFinished(path, where, status, millis, errors, expectCalls, timedOut, attempt, earlier);
    }

    private static double now() {
        return System.nanoTime() / 1e6;
    }
}
