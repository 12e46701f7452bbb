package dev.tempo.engine.module;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A source file made ready to run: read, transpiled when it is TS/JSX, classified ESM or CommonJS.
 * Cached for the process by path and keyed by a hash of the file's content, so a file shared by many
 * test files is transpiled once, a saved file is transpiled again, and a save that leaves the text as
 * it was (an editor's touch, a rename-save of the same text, an undo) reuses the earlier result, the
 * same instance, so parsed Sources built from it stay cached too.
 *
 * <p>The size and modification time tell without reading the file that it did not change, except for a
 * file read right after it was written: a second write within the clock's granularity could keep both,
 * so such an entry is "racy" (as git calls it) and its content is hashed again on the next use.
 *
 * @param map         source map from {@link #code} back to the file's own text; null when code is the text itself
 * @param liveUpdater for an ES module, JS function that assigns its exports from a later mock of it (see
 *                    {@link LiveExports}); null when there is none
 */
public record PreparedFile(Path path, String code, SourceMap map, boolean esm, long modified, long size, String liveUpdater) {
    /** A write this close before the read may share its modification time with a later write. */
    private static final long RACY_NANOS = 100_000_000L;

    private record Entry(PreparedFile prepared, byte[] hash, long modifiedNanos, long size, boolean racy) {}

    private static final ConcurrentHashMap<Path, Entry> CACHE = new ConcurrentHashMap<>();

    public static PreparedFile of(Path path) throws IOException, TranspileException {
        BasicFileAttributes attrs = Files.readAttributes(path, BasicFileAttributes.class);
        long modified = attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS);
        Entry hit = CACHE.get(path);
        if (hit != null && !hit.racy && hit.modifiedNanos == modified && hit.size == attrs.size()) return hit.prepared;
        long readAt = System.currentTimeMillis() * 1_000_000L;
        byte[] bytes = Files.readAllBytes(path);
        byte[] hash = sha256(bytes);
        boolean racy = readAt - modified < RACY_NANOS;
        if (hit != null && Arrays.equals(hit.hash, hash)) {
            CACHE.put(path, new Entry(hit.prepared, hash, modified, attrs.size(), racy));
            return hit.prepared;
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("#!")) text = "//" + text.substring(2);
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        long modifiedMillis = attrs.lastModifiedTime().toMillis();
        PreparedFile prepared;
        if (Transpiler.needsTranspile(path.getFileName().toString())) {
            Transpiler.Output out = Transpiler.transpile(path, text);
            String code = ImportAttributes.rewrite(out.code());
            boolean esm = ModuleFormat.isEsm(path, code);
            prepared = ready(path, hoistMocks(path, code, esm), out.map(), esm, modifiedMillis, bytes.length);
        } else {
            String code = ImportAttributes.rewrite(text);
            boolean esm = ModuleFormat.isEsm(path, code);
            prepared = ready(path, hoistMocks(path, code, esm), null, esm, modifiedMillis, bytes.length);
        }
        CACHE.put(path, new Entry(prepared, hash, modified, attrs.size(), racy));
        return prepared;
    }

    /**
     * Forgets every prepared file. A file's format (ESM or CommonJS) also depends on the nearest
     * package.json's "type", so the watch loop calls this when a package.json changes.
     */
    public static void clearCache() {
        CACHE.clear();
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
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
        Entry e = CACHE.get(path);
        return e == null ? null : e.prepared.map;
    }
}
