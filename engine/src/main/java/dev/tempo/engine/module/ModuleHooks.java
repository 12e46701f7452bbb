package dev.tempo.engine.module;

import java.nio.file.Path;

/**
 * What the module file system asks of the JS runtime of its context: the ES module text that stands in
 * for things that are not ES modules on disk. Each call may run JS (a CommonJS module is executed to
 * learn its export names), re-entrantly on the context's thread.
 */
public interface ModuleHooks {
    /** ESM text re-exporting a CommonJS or JSON file loaded through the host require. */
    String commonJsWrapper(Path file);

    /** ESM text for node builtin {@code name}; null when tempo does not provide it. */
    String builtinWrapper(String name);

    /** ESM text for a module tempo provides ("test", "bun"). */
    String virtualWrapper(String id);

    /** ESM text standing in for the mocked module {@code key} (a path, node:name, tempo:id or virtual:name). */
    String mockedModule(String key);

    /** Called with each file the ESM loader reads, so the import graph can be recorded. */
    void loaded(Path file);
}
