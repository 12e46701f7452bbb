package dev.tempo.engine.run;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Steps run one after another, each calling its {@code next} when it is over: at once (a skipped test)
 * or from a later loop task (a test that ran). Steps that finish at once are looped over, not nested, so a
 * suite of thousands of skipped tests does not grow the stack.
 */
final class Steps implements Runnable {
    /** Step i of a sequence: calls next when it is over. */
    @FunctionalInterface
    interface Indexed {
        void run(int i, Runnable next);
    }

    private final BooleanSupplier more;
    private final Consumer<Runnable> step;
    private final Runnable done;
    private boolean looping;
    private boolean resumed;

    private Steps(BooleanSupplier more, Consumer<Runnable> step, Runnable done) {
        this.more = more;
        this.step = step;
        this.done = done;
    }

    /** Runs step(0) … step(n - 1) in order, then done. */
    static void run(int n, Indexed step, Runnable done) {
        int[] i = {0};
        whileMore(() -> i[0] < n, next -> step.run(i[0]++, next), done);
    }

    /** Runs step while more holds (asked before each), then done. */
    static void whileMore(BooleanSupplier more, Consumer<Runnable> step, Runnable done) {
        new Steps(more, step, done).run();
    }

    /** The next step (also what each step calls when it is over). */
    @Override
    public void run() {
        if (looping) {
            resumed = true; // the step finished at once: the loop below goes on
            return;
        }
        looping = true;
        while (more.getAsBoolean()) {
            resumed = false;
            step.accept(this);
            if (!resumed) {
                looping = false; // it goes on later: its next call comes back here
                return;
            }
        }
        looping = false;
        done.run();
    }
}
