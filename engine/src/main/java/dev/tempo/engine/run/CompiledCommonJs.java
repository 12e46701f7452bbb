package dev.tempo.engine.run;

import dev.tempo.engine.module.PreparedFile;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import org.graalvm.polyglot.Source;

/**
 * CommonJS files wrapped in their module function, as cached Sources named after the file, so every
 * context reuses the parse and stack traces keep file:line (the wrapper opens on the file's line 1).
 */
final class CompiledCommonJs {
    private record Entry(PreparedFile prepared, Source source) {}

    private static final ConcurrentHashMap<Path, Entry> SOURCES = new ConcurrentHashMap<>();

    private CompiledCommonJs() {}

    static Source of(PreparedFile prepared) {
        Entry e = SOURCES.get(prepared.path());
        if (e != null && e.prepared == prepared) return e.source;
        Source s = Source.newBuilder("js",
                        "(function (exports, require, module, __filename, __dirname) {" + prepared.code() + "\n})",
                        prepared.path().toString())
                .cached(true)
                .buildLiteral();
        SOURCES.put(prepared.path(), new Entry(prepared, s));
        return s;
    }
}
