package dev.tempo.engine.schedule;

import dev.tempo.engine.events.RunEvent.TestFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code --shard=i/n}: which files shard i of n runs. Every machine must compute the same split, so it
 * depends only on the file paths and the timings given with {@code --timings} (never on a local cache).
 *
 * <ul>
 *   <li>No recorded duration for any of the files: bun's split, the files sorted by path and file k going
 *       to shard (k mod n) + 1.</li>
 *   <li>Otherwise longest-processing-time: files by expected duration, longest first (ties by path), each
 *       to the shard with the least total so far (ties to the lowest shard). Unknown files count as the
 *       median recorded duration.</li>
 * </ul>
 * A shard's files come back sorted by path.
 */
public final class ShardPlan {
    private ShardPlan() {}

    /** @param index 1-based shard index, {@code 1 <= index <= count} */
    public static List<TestFile> shard(List<TestFile> files, FileTimings timings, int index, int count) {
        List<TestFile> sorted = new ArrayList<>(files);
        sorted.sort(Comparator.comparing(TestFile::displayPath));
        boolean timed = sorted.stream().anyMatch(f -> timings.knows(f.displayPath()));
        List<TestFile> mine = new ArrayList<>();
        if (!timed) {
            for (int k = 0; k < sorted.size(); k++) if (k % count == index - 1) mine.add(sorted.get(k));
            return mine;
        }
        List<TestFile> byCost = new ArrayList<>(sorted);
        byCost.sort(Comparator.<TestFile>comparingDouble(f -> -timings.estimate(f.displayPath()))
                .thenComparing(TestFile::displayPath));
        double[] load = new double[count];
        for (TestFile f : byCost) {
            int bin = 0;
            for (int b = 1; b < count; b++) if (load[b] < load[bin]) bin = b;
            load[bin] += timings.estimate(f.displayPath());
            if (bin == index - 1) mine.add(f);
        }
        mine.sort(Comparator.comparing(TestFile::displayPath));
        return mine;
    }
}
