package dev.tempo.watch.fs;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;
import io.methvin.watcher.visitor.FileTreeVisitor;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.function.Consumer;
import org.slf4j.helpers.NOPLogger;

/**
 * Watches a project directory recursively (inotify through the JDK's WatchService on Linux) and reports
 * changes to files outside {@link IgnoredPaths}. Ignored directories are never registered, so a large
 * node_modules costs nothing. No content hashing: every write is reported, the debouncer folds bursts.
 */
public final class FileWatcher implements AutoCloseable {
    private final DirectoryWatcher watcher;

    private FileWatcher(DirectoryWatcher watcher) {
        this.watcher = watcher;
    }

    /** Starts watching {@code root}; returns once every directory is registered. */
    public static FileWatcher start(Path root, Consumer<Change> changes) throws IOException {
        Path base = root.toAbsolutePath().normalize();
        DirectoryWatcher w = DirectoryWatcher.builder()
                .path(base)
                .fileHashing(false)
                .fileTreeVisitor(skipping(base))
                .logger(NOPLogger.NOP_LOGGER)
                .listener(event -> {
                    Change c = changeOf(base, event);
                    if (c != null) changes.accept(c);
                })
                .build();
        // Registers every directory before it returns; the future completes only when watching ends.
        w.watchAsync(r -> Thread.ofPlatform().daemon().name("tempo-file-watcher").start(r));
        return new FileWatcher(w);
    }

    private static Change changeOf(Path root, DirectoryChangeEvent event) {
        Path p = event.path();
        if (p == null || IgnoredPaths.isIgnored(root, p)) return null;
        return switch (event.eventType()) {
            case CREATE -> event.isDirectory() ? null : new Change(p, Change.Kind.CREATED);
            case MODIFY -> event.isDirectory() ? null : new Change(p, Change.Kind.MODIFIED);
            // A deleted directory arrives as one event for the directory: its files went with it.
            case DELETE -> new Change(p, Change.Kind.DELETED);
            case OVERFLOW -> new Change(root, Change.Kind.MODIFIED); // events were lost: treat as "anything changed"
        };
    }

    /** Walks the tree for registration, leaving ignored directories (and everything under them) out. */
    private static FileTreeVisitor skipping(Path root) {
        return (start, onDirectory, onFile) -> Files.walkFileTree(start, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(root) && IgnoredPaths.isIgnoredDirectoryName(dir.getFileName().toString())) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                onDirectory.call(dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                onFile.call(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE; // gone or unreadable: nothing to watch
            }
        });
    }

    @Override
    public void close() throws IOException {
        watcher.close();
    }
}
