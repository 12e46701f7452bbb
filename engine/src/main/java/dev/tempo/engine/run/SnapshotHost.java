package dev.tempo.engine.run;

import dev.tempo.engine.events.ObsoleteSnapshots;
import dev.tempo.engine.events.SnapshotCounts;
import dev.tempo.engine.host.HostBridge;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

/**
 * The host side of one file's snapshots: reading and writing .snap files and test sources (for
 * inline snapshots) and keeping the counts the file's JS reports when it saves its snapshots.
 */
final class SnapshotHost {
    private SnapshotCounts counts = SnapshotCounts.NONE;

    SnapshotCounts counts() {
        return counts;
    }

    void install(Value bridge) {
        bridge.putMember("snapshotRead", (ProxyExecutable) a -> read(Path.of(a[0].asString())));
        bridge.putMember("snapshotExists", (ProxyExecutable) a -> Files.exists(Path.of(a[0].asString())));
        bridge.putMember("snapshotWrite", (ProxyExecutable) a -> {
            write(Path.of(a[0].asString()), a[1].asString());
            return null;
        });
        bridge.putMember("snapshotDelete", (ProxyExecutable) a -> {
            try {
                Files.deleteIfExists(Path.of(a[0].asString()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete " + a[0].asString() + ": " + e.getMessage(), e);
            }
            return null;
        });
        bridge.putMember("snapshotCounts", (ProxyExecutable) a -> {
            Value c = a[0];
            counts = new SnapshotCounts(c.getMember("total").asInt(), c.getMember("passed").asInt(),
                    c.getMember("added").asInt(), c.getMember("failed").asInt(), obsolete(a[1]));
            return null;
        });
    }

    /** The JS side's { file, keys, removed } of the snapshots no test checked, or none. */
    private static List<ObsoleteSnapshots> obsolete(Value o) {
        if (o == null || o.isNull()) return List.of();
        List<String> names = HostBridge.strings(o.getMember("keys"));
        if (names.isEmpty()) return List.of();
        return List.of(new ObsoleteSnapshots(Path.of(o.getMember("file").asString()), names, o.getMember("removed").asBoolean()));
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    /** Writes through a temporary file in the same directory, so a reader never sees half a file. */
    private static void write(Path path, String text) {
        try {
            Files.createDirectories(path.getParent());
            Path tmp = Files.createTempFile(path.getParent(), "." + path.getFileName(), ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, path, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path + ": " + e.getMessage(), e);
        }
    }
}
