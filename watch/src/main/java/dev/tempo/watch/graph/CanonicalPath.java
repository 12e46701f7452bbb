package dev.tempo.watch.graph;

import java.io.IOException;
import java.nio.file.Path;

/**
 * One spelling per file, so the paths the module loader recorded (real paths), the paths discovery
 * found and the paths the watcher reports meet in one map even under a symlinked directory.
 */
public final class CanonicalPath {
    private CanonicalPath() {}

    /** The real path; for a file that no longer exists, its real parent joined with its name. */
    public static Path of(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        try {
            return abs.toRealPath();
        } catch (IOException e) {
            Path parent = abs.getParent();
            if (parent == null) return abs;
            try {
                return parent.toRealPath().resolve(abs.getFileName());
            } catch (IOException again) {
                return abs;
            }
        }
    }
}
