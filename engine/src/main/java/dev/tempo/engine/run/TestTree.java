package dev.tempo.engine.run;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

/**
 * One file's planned describe/test tree, as the host's runner holds it. The JS side collects the tree and
 * decides each test's fate (test/plan.js), then walks it into {@link #sink()} once: a call per suite, hook
 * and test.
 */
final class TestTree {
    /** A timeout, retry or repeats count the user did not give. */
    static final double UNSET = -1;

    record Hook(Value fn, double timeout, boolean takesDone) {}

    sealed interface Node permits Suite, Test {
        Suite parent();
    }

    static final class Suite implements Node {
        final Suite parent;
        final List<String> path;
        final List<Node> children = new ArrayList<>();
        final List<Hook> beforeAll = new ArrayList<>();
        final List<Hook> afterAll = new ArrayList<>();
        final List<Hook> beforeEach = new ArrayList<>();
        final List<Hook> afterEach = new ArrayList<>();
        private List<Hook> beforeEachChain;
        private List<Hook> afterEachChain;
        private Boolean willRun;

        Suite(Suite parent, String name) {
            this.parent = parent;
            this.path = parent == null ? List.of() : append(parent.path, name);
        }

        @Override
        public Suite parent() {
            return parent;
        }

        /** beforeEach hooks from the outermost suite in, computed once. */
        List<Hook> beforeEachChain() {
            if (beforeEachChain == null) {
                List<Hook> chain = parent == null ? new ArrayList<>() : new ArrayList<>(parent.beforeEachChain());
                chain.addAll(beforeEach);
                beforeEachChain = chain;
            }
            return beforeEachChain;
        }

        /** afterEach hooks from this suite out, computed once. */
        List<Hook> afterEachChain() {
            if (afterEachChain == null) {
                List<Hook> chain = new ArrayList<>(afterEach);
                if (parent != null) chain.addAll(parent.afterEachChain());
                afterEachChain = chain;
            }
            return afterEachChain;
        }

        /** Whether any test under it runs (else its hooks do not run either). */
        boolean willRun() {
            if (willRun == null) {
                boolean any = false;
                for (Node child : children) {
                    if (child instanceof Test t ? t.runs() : ((Suite) child).willRun()) {
                        any = true;
                        break;
                    }
                }
                willRun = any;
            }
            return willRun;
        }
    }

    /**
     * @param fate      'run', 'skip', 'todo', 'run-todo' (a todo run under --todo) or 'hidden' (not reported)
     * @param line      where a test without a function was declared (from its stack), else 0
     * @param where     the test's own function, whose source position is its line, or {line} for one without
     */
    record Test(Suite parent, List<String> path, String fate, Value fn, boolean takesDone, double timeout, double retry,
                double repeats, boolean failing, boolean concurrent, int line, Value where) implements Node {
        boolean runs() {
            return fate.equals("run") || fate.equals("run-todo");
        }

        String fullName() {
            return String.join(" ", path);
        }
    }

    final Suite root = new Suite(null, "");
    private final Deque<Suite> open = new ArrayDeque<>(List.of(root));

    /** What test/plan.js's describeTree calls. */
    ProxyExecutable sink() {
        return a -> {
            Suite current = open.peek();
            switch (a[0].asString()) {
                case "suite" -> {
                    Suite s = new Suite(current, a[1].asString());
                    current.children.add(s);
                    open.push(s);
                }
                case "end" -> open.pop();
                case "hook" -> {
                    Hook h = new Hook(a[2], a[3].asDouble(), a[4].asBoolean());
                    switch (a[1].asString()) {
                        case "beforeAll" -> current.beforeAll.add(h);
                        case "afterAll" -> current.afterAll.add(h);
                        case "beforeEach" -> current.beforeEach.add(h);
                        default -> current.afterEach.add(h);
                    }
                }
                default -> current.children.add(new Test(current, append(current.path, a[1].asString()), a[2].asString(),
                        a[3].isNull() ? null : a[3], a[4].asBoolean(), a[5].asDouble(), a[6].asDouble(), a[7].asDouble(),
                        a[8].asBoolean(), a[9].asBoolean(), a[10].asInt(), a[11].isNull() ? null : a[11]));
            }
            return null;
        };
    }

    static List<String> append(List<String> path, String name) {
        List<String> out = new ArrayList<>(path.size() + 1);
        out.addAll(path);
        out.add(name);
        return List.copyOf(out);
    }
}
