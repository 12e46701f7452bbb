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

    /** The wrapper's opening, on the file's line 1 (so lines stay the file's own). */
    private static final String OPENING = "(function (exports, require, module, __filename, __dirname) {";

    private CompiledCommonJs() {}

    static Source of(PreparedFile prepared) {
        Entry e = SOURCES.get(prepared.path());
        if (e != null && e.prepared == prepared) return e.source;
        // Tied to the file (not a literal): GraalJS resolves the file's own import() against its source's path.
        Source s;
        try {
            // Named by its whole path: GraalJS names a file that does not parse by its source's name.
            s = Source.newBuilder("js", prepared.path().toFile())
                    .name(prepared.path().toString())
                    .content(OPENING + prepared.code() + "\n})")
                    .cached(true)
                    .build();
        } catch (IOException failure) {
            throw new ModuleNotFoundException("cannot read " + prepared.path() + ": " + failure.getMessage());
        }
        SOURCES.put(prepared.path(), new Entry(prepared, s));
        return s;
    }

    /** Whether the file at this path ran as CommonJS, in its wrapper. */
    static boolean isWrapped(Path path) {
        return SOURCES.containsKey(path);
    }

    /**
     * A column of a wrapped file's code as the file has it: on line 1 the wrapper's opening comes first. For a
     * transpiled file, the column in its generated code, which the source map then takes further.
     */
    static int column(int line, int column) {
        return line == 1 ? Math.max(1, column - OPENING.length()) : column;
    }
}
