package dev.tempo.engine.module;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A source file made ready to run: read, transpiled when it is TS/JSX, classified ESM or CommonJS.
 * Cached for the process by path and validated by size and modification time, so a file shared by
 * many test files is transpiled once, and a saved file is transpiled again.
 *
 * @param map         source map from {@link #code} back to the file's own text; null when code is the text itself
 * @param liveUpdater for an ES module, JS function that assigns its exports from a later mock of it (see
 *                    {@link LiveExports}); null when there is none
 */
public record PreparedFile(Path path, String code, SourceMap map, boolean esm, long modified, long size, String liveUpdater) {
    private static final ConcurrentHashMap<Path, PreparedFile> CACHE = new ConcurrentHashMap<>();

    public static PreparedFile of(Path path) throws IOException, TranspileException {
        BasicFileAttributes attrs = Files.readAttributes(path, BasicFileAttributes.class);
        long modified = attrs.lastModifiedTime().toMillis();
        PreparedFile hit = CACHE.get(path);
        if (hit != null && hit.modified == modified && hit.size == attrs.size()) return hit;
        String text = Files.readString(path);
        if (text.startsWith("#!")) text = "//" + text.substring(2);
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        PreparedFile prepared;
        if (Transpiler.needsTranspile(path.getFileName().toString())) {
            Transpiler.Output out = Transpiler.transpile(path, text);
            boolean esm = ModuleFormat.isEsm(path, out.code());
            prepared = ready(path, hoistMocks(path, out.code(), esm), out.map(), esm, modified, attrs.size());
        } else {
            boolean esm = ModuleFormat.isEsm(path, text);
            prepared = ready(path, hoistMocks(path, text, esm), null, esm, modified, attrs.size());
        }
        CACHE.put(path, prepared);
        return prepared;
    }

    private static PreparedFile ready(Path path, String code, SourceMap map, boolean esm, long modified, long size) {
        if (!esm) return new PreparedFile(path, code, map, false, modified, size, null);
        LiveExports.Rewritten live = LiveExports.of(code);
        return new PreparedFile(path, live.code(), map, true, modified, size, live.updater());
    }

    /** jest.mock / vi.mock calls moved above the imports (see {@link MockHoister}); not in dependencies. */
    private static String hoistMocks(Path path, String code, boolean esm) {
        if (!MockHoister.mayHoist(code) || path.toString().contains("/node_modules/")) return code;
        return MockHoister.hoist(code, esm);
    }

        /** The source map of a file prepared earlier in this process, or null. */
    public static SourceMap mapFor(Path path) {
        PreparedFile p = CACHE.get(path);
        return p == null ? null : p.map;
    }
}
