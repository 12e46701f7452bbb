package dev.tempo.engine.schedule;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which test files count as long-running. A cold {@code tempo test} runs the JVM's quick compiler only (C1),
 * which starts fast but leaves GraalJS's interpreter about four times slower on a hot loop than with the
 * optimizing one (C2); a long-running file is run in a worker JVM with C2 instead. A file becomes long when its
 * tests take {@link #ENTER_MILLIS} or more in a run, and stays long while they (now faster) take at least
 * {@link #STAY_MILLIS}, so it does not go back and forth between the two. Its tests' time, not the file's: a
 * file's load in a cold JVM can take seconds where nothing runs hot.
 */
public final class LongFiles {
    public static final double ENTER_MILLIS = 2000;
    public static final double STAY_MILLIS = 500;

    private LongFiles() {}

    /**
     * What a run measured, with the long-running files among them marked from their tests' time
     * ({@code testMillis}, per display path) and {@code before}.
     */
    public static FileTimings classify(FileTimings before, FileTimings measured, Map<String, Double> testMillis) {
        Set<String> longRunning = new TreeSet<>();
        testMillis.forEach((path, ms) -> {
            if (ms >= ENTER_MILLIS || (before.isLong(path) && ms >= STAY_MILLIS)) longRunning.add(path);
        });
        return new FileTimings(measured.millis(), measured.failed(), longRunning);
    }
}
