package dev.tempo.engine.module;

import java.nio.file.Path;

/** What a specifier resolves to. */
public sealed interface Resolved {
    /** A file on disk (real path). */
    record File(Path path) implements Resolved {}

    /** A node builtin, by name without the "node:" prefix ("fs", "fs/promises"). */
    record Builtin(String name) implements Resolved {}

    /** A module tempo provides itself: "test" (bun:test, @jest/globals, vitest) or "bun". */
    record Virtual(String id) implements Resolved {}
}
