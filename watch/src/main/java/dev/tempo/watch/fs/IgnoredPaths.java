package dev.tempo.watch.fs;

import java.nio.file.Path;
import java.util.Set;

/**
 * The directories watch mode never looks into: dependencies, version control, tool caches and build
 * output. Together they hold most of a project's files, none of which a test imports from source
 * (packages under node_modules change only on an install, which is a package.json change anyway).
 */
public final class IgnoredPaths {
    /** Directory names skipped wherever they appear, besides every hidden directory (.git, .cache, .next…). */
    public static final Set<String> DIRECTORIES = Set.of("node_modules", "build", "dist", "coverage", "target");

    private IgnoredPaths() {}

    public static boolean isIgnoredDirectoryName(String name) {
        return DIRECTORIES.contains(name) || (name.startsWith(".") && !name.equals(".") && !name.equals(".."));
    }

    /** Whether {@code path} lies in an ignored directory below {@code root}. */
    public static boolean isIgnored(Path root, Path path) {
        if (!path.startsWith(root)) return true;
        Path rel = root.relativize(path);
        int dirs = rel.getNameCount() - 1;
        for (int i = 0; i < dirs; i++) {
            if (isIgnoredDirectoryName(rel.getName(i).toString())) return true;
        }
        return false;
    }
}
