package dev.tempo.engine.run;

import dev.tempo.engine.module.ModuleNotFoundException;
import dev.tempo.engine.module.PreparedFile;
import java.io.IOException;
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
        // Tied to the file (not a literal): GraalJS resolves the file's own import() against its source's path.
        Source s;
        try {
            s = Source.newBuilder("js", prepared.path().toFile())
                    .content("(function (exports, require, module, __filename, __dirname) {" + prepared.code() + "\n})")
                    .cached(true)
                    .build();
        } catch (IOException failure) {
            throw new ModuleNotFoundException("cannot read " + prepared.path() + ": " + failure.getMessage());
        }
        SOURCES.put(prepared.path(), new Entry(prepared, s));
        return s;
    }
}
