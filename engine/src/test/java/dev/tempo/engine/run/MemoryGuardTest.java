package dev.tempo.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.lang.reflect.Proxy;
import java.util.List;
import org.junit.jupiter.api.Test;

class MemoryGuardTest {

    private static MemoryPoolMXBean pool(String name, MemoryType type) {
        return (MemoryPoolMXBean) Proxy.newProxyInstance(MemoryGuardTest.class.getClassLoader(),
                new Class<?>[] {MemoryPoolMXBean.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getName" -> name;
                    case "getType" -> type;
                    case "isCollectionUsageThresholdSupported" -> true;
                    case "getUsage" -> new MemoryUsage(0, 0, 0, 1L << 30);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static List<String> watched(MemoryPoolMXBean... pools) {
        return MemoryGuard.watchedPools(List.of(pools)).stream().map(MemoryPoolMXBean::getName).toList();
    }

    @Test
    void onlyTheOldGenerationIsWatched() {
        // a young live set bigger than survivor space (an 8-million-entry array being built) once crashed a
        // file that held 40 MB of a 6 GB heap
        assertThat(watched(pool("Eden Space", MemoryType.HEAP), pool("Survivor Space", MemoryType.HEAP),
                pool("Tenured Gen", MemoryType.HEAP), pool("Metaspace", MemoryType.NON_HEAP)))
                .containsExactly("Tenured Gen");
        assertThat(watched(pool("G1 Eden Space", MemoryType.HEAP), pool("G1 Old Gen", MemoryType.HEAP),
                pool("G1 Survivor Space", MemoryType.HEAP))).containsExactly("G1 Old Gen");
        assertThat(watched(pool("ZGC Young Generation", MemoryType.HEAP), pool("ZGC Old Generation", MemoryType.HEAP)))
                .containsExactly("ZGC Old Generation");
    }

    @Test
    void thisJvmHasAnOldGenerationToWatch() {
        List<MemoryPoolMXBean> pools = MemoryGuard.watchedPools(ManagementFactory.getMemoryPoolMXBeans());
        assertThat(pools).isNotEmpty();
        assertThat(pools).allSatisfy(p -> assertThat(p.getName()).doesNotContain("Eden", "Survivor"));
    }
}
