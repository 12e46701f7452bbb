package dev.tempo.engine.schedule;

import dev.tempo.engine.events.FileResult;
import dev.tempo.engine.events.RunEvent;
import dev.tempo.engine.events.RunListener;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Collects what a run measured: each finished file's duration (the mean of its runs under
 * --rerun-each) and whether it failed in any of them.
 */
public final class TimingRecorder implements RunListener {
    private final Map<String, double[]> sums = new LinkedHashMap<>();
    private final Set<String> failed = new TreeSet<>();

    @Override
    public synchronized void onEvent(RunEvent event) {
        if (!(event instanceof RunEvent.FileFinished f)) return;
        String path = f.file().displayPath();
        double[] s = sums.computeIfAbsent(path, k -> new double[2]);
        s[0] += f.result().durationMillis();
        s[1]++;
        if (f.result().status() != FileResult.FileStatus.PASSED) failed.add(path);
    }

    public synchronized FileTimings measured() {
        Map<String, Double> millis = new LinkedHashMap<>();
        sums.forEach((k, s) -> millis.put(k, s[0] / s[1]));
        return new FileTimings(millis, failed);
    }
}
