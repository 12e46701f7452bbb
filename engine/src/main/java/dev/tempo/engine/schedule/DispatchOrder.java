package dev.tempo.engine.schedule;

import dev.tempo.engine.events.RunEvent.TestFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The order files start in when several run at once: longest expected first, so a slow file that starts
 * last cannot hold up the end of the run. Among files expected to take as long (to the millisecond), the
 * ones that failed last time go first, then the given order. Files with no record get the median
 * duration. With no record at all the given order is kept.
 */
public final class DispatchOrder {
    private DispatchOrder() {}

    public static List<TestFile> slowestFirst(List<TestFile> files, FileTimings timings) {
        if (timings.isEmpty()) return List.copyOf(files);
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) idx.add(i);
        Comparator<Integer> order = Comparator
                .<Integer>comparingLong(i -> -Math.round(timings.estimate(files.get(i).displayPath())))
                .thenComparing(i -> !timings.failed(files.get(i).displayPath()))
                .thenComparingInt(i -> i);
        idx.sort(order);
        List<TestFile> out = new ArrayList<>(files.size());
        for (int i : idx) out.add(files.get(i));
        return out;
    }
}
