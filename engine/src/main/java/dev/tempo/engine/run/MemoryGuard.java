package dev.tempo.engine.run;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryNotificationInfo;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.management.NotificationEmitter;

/**
 * Keeps one file that fills the heap from taking the others down. The JVM tells us (no polling) when the
 * heap is still {@value #THRESHOLD_PERCENT}% full right after a collection; the running file whose thread
 * allocated the most since it started (at least a quarter of the heap) is then crashed and its context dropped, which frees what it held,
 * before an OutOfMemoryError can hit a thread at random. GraalJS's community edition has no per-context
 * heap limit, so this is per process and best effort: a file that fills the heap faster than the
 * notification arrives can still make an allocation of another file fail (--isolate=process cannot).
 */
final class MemoryGuard {
    static final int THRESHOLD_PERCENT = 75;
    private static final Map<FileRunner, Long> RUNNING = new ConcurrentHashMap<>();
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static volatile boolean installed;

    private MemoryGuard() {}

    static void watch(FileRunner runner) {
        install();
        RUNNING.put(runner, allocated(runner.thread));
    }

    static void forget(FileRunner runner) {
        RUNNING.remove(runner);
    }

    private static long allocated(Thread t) {
        long bytes = t == null ? -1 : THREADS.getThreadAllocatedBytes(t.threadId());
        return Math.max(0, bytes);
    }

    private static void install() {
        if (installed) return;
        synchronized (MemoryGuard.class) {
            if (installed) return;
            installed = true;
            for (MemoryPoolMXBean pool : watchedPools(ManagementFactory.getMemoryPoolMXBeans())) {
                pool.setCollectionUsageThreshold(pool.getUsage().getMax() / 100 * THRESHOLD_PERCENT);
            }
            ((NotificationEmitter) ManagementFactory.getMemoryMXBean()).addNotificationListener((n, h) -> {
                if (MemoryNotificationInfo.MEMORY_COLLECTION_THRESHOLD_EXCEEDED.equals(n.getType())) crashLargest();
            }, null, null);
        }
    }

    /**
     * The heap's old generation: what is still there after a collection is what the files hold. Eden is empty
     * after a young collection and survivor space overflows into the old generation as a matter of course
     * (a young live set larger than it, such as an 8-million-entry array being built), so either would say
     * "full" while the heap is nearly empty.
     */
    static List<MemoryPoolMXBean> watchedPools(List<MemoryPoolMXBean> pools) {
        List<MemoryPoolMXBean> out = new ArrayList<>();
        for (MemoryPoolMXBean pool : pools) {
            String name = pool.getName();
            boolean young = name.contains("Eden") || name.contains("Survivor") || name.contains("Young");
            if (pool.getType() == MemoryType.HEAP && !young && pool.isCollectionUsageThresholdSupported()
                    && pool.getUsage().getMax() > 0) {
                out.add(pool);
            }
        }
        return out;
    }

    /** Crashes the running file whose thread allocated the most since its file started. */
    private static void crashLargest() {
        FileRunner largest = null;
        long most = -1;
        for (Map.Entry<FileRunner, Long> e : RUNNING.entrySet()) {
            long since = allocated(e.getKey().thread) - e.getValue();
            if (since > most) {
                most = since;
                largest = e.getKey();
            }
        }
        Runtime rt = Runtime.getRuntime();
        // A file that allocated less than a quarter of the heap is not what filled it (tempo's own engine, or
        // a file that just finished, is): nobody is crashed, and a real culprit meets its OutOfMemoryError.
        if (largest == null || most < rt.maxMemory() / 4) return;
        RUNNING.remove(largest);
        largest.crash("it used too much memory: the heap was still over " + THRESHOLD_PERCENT + "% of its "
                + rt.maxMemory() / (1024 * 1024) + " MB after a collection (" + most / (1024 * 1024)
                + " MB allocated by this file); its context was dropped");
    }
}
