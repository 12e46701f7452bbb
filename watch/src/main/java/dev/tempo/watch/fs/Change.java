package dev.tempo.watch.fs;

import java.nio.file.Path;

/**
 * One change on disk. An editor's save through a temporary file and a rename arrives as the target's
 * {@link Kind#CREATED} (and the temporary file's {@link Kind#DELETED}); a rename as the old name's
 * deletion and the new name's creation.
 *
 * @param path absolute, as found under the watched root
 */
public record Change(Path path, Kind kind) {
    public enum Kind { CREATED, MODIFIED, DELETED }
}
