package dev.tempo.engine.isolate;

import com.sun.management.HotSpotDiagnosticMXBean;
import dev.tempo.engine.events.RunEvent.TestFile;
import dev.tempo.engine.events.RunListener;
import dev.tempo.engine.run.FileSettings;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * Long-running test files (see {@code schedule.LongFiles}) in worker JVMs with the JVM's optimizing compiler.
 * A cold run's own JVM compiles with C1 only, the quick start that suits many short files; GraalJS's
 * interpreter then runs a hot loop about four times slower than once C2 has compiled it. The workers are
 * started like {@code --isolate=process} ones, with full tiering, and without replaying the start-up cache's
 * training profiles, which come from a C1-only run and keep C2 from helping.
 */
public final class OptimizingLane {
    private OptimizingLane() {}

    /** True when this JVM runs C1 only, so that a worker with C2 would run long files faster. */
    public static boolean applies() {
        try {
            HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            return vm != null && "1".equals(vm.getVMOption("TieredStopAtLevel").getValue());
        } catch (RuntimeException e) {
            return false;
        }
    }

    static List<String> command() {
        List<String> cmd = new ArrayList<>();
        for (String arg : WorkerProcess.command()) {
            if (arg.startsWith("-XX:TieredStopAtLevel") || arg.equals("-XX:+AOTReplayTraining")) continue;
            cmd.add(arg);
            if (cmd.size() == 1) {
                cmd.addAll(List.of("-XX:TieredStopAtLevel=4", "-XX:+UnlockDiagnosticVMOptions", "-XX:-AOTReplayTraining"));
            }
        }
        return cmd;
    }

    /**
     * Long files in optimizing workers beside the other files, which {@code others} runs here and returns when
     * they are done. The {@code slots} are shared: half of them (at least one) take long files while
     * {@code others} runs, and all of them once it has returned.
     */
    public static void run(List<TestFile> files, Function<TestFile, FileSettings> settingsFor, RunListener bus,
                           BooleanSupplier stop, int slots, IntConsumer others) throws InterruptedException {
        List<String> command = command();
        AtomicInteger next = new AtomicInteger();
        int first = Math.max(1, slots / 2);
        Thread lane = Thread.ofPlatform().daemon().name("tempo-long-files").start(
                () -> ProcessPool.run(files, next, settingsFor, bus, stop, first, command, null));
        others.accept(Math.max(1, slots - first));
        int more = Math.min(slots - first, files.size() - next.get());
        if (more > 0 && !stop.getAsBoolean()) ProcessPool.run(files, next, settingsFor, bus, stop, more, command, null);
        lane.join();
    }
}
