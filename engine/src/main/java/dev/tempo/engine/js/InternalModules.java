package dev.tempo.engine.js;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.graalvm.polyglot.Source;

/**
 * The JavaScript that tempo itself runs inside each context (test API, expect, mocks, node builtins)
 * lives as CommonJS files under {@code tempo/js/} on the classpath. Each is wrapped once in a function
 * and kept as a cached {@link Source}, so every context after the first reuses the parsed code.
 */
public final class InternalModules {
    private static final String ROOT = "tempo/js/";
    private static final ConcurrentHashMap<String, Source> SOURCES = new ConcurrentHashMap<>();

    private InternalModules() {}

    /** The wrapped source of module {@code id} ("expect/printer"), or null when there is no such file. */
    public static Source source(String id) {
        Source cached = SOURCES.get(id);
        if (cached != null) return cached;
        String text = read(id);
        if (text == null) return null;
        Source src = Source.newBuilder("js",
                        "(function (exports, require, module, __filename, __dirname) {" + withResolvedRequires(id, text) + "\n})",
                        "tempo:" + id + ".js")
                .cached(true)
                .buildLiteral();
        Source raced = SOURCES.putIfAbsent(id, src);
        return raced != null ? raced : src;
    }

    private static final ConcurrentHashMap<String, String> RESOLVED = new ConcurrentHashMap<>();

    /** {@code require('./x')} or {@code require("../dir/x")}: a literal relative id. */
    private static final Pattern RELATIVE_REQUIRE = Pattern.compile("\\brequire\\((['\"])(\\.\\.?/[^'\"]+)\\1\\)");

    /**
     * The module's text with each literal relative require naming the id it resolves to
     * ({@code require('./printer')} in expect/index reads {@code require('expect/printer')}): every context
     * loads the same modules, and a require that needs no resolving skips a call into the host.
     */
    static String withResolvedRequires(String id, String text) {
        Matcher m = RELATIVE_REQUIRE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement("require('" + resolve(id, m.group(2)) + "')"));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * The id that {@code spec} names when module {@code fromId} requires it: "./x" and "../dir/x" are
     * relative to fromId's folder, anything else is an id already. Kept for the process: every context
     * asks the same questions, and string work is far cheaper here than in the JS interpreter.
     */
    public static String resolve(String fromId, String spec) {
        if (!spec.startsWith("./") && !spec.startsWith("../")) return spec;
        return RESOLVED.computeIfAbsent(fromId + '\u0000' + spec, k -> {
            java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>(java.util.List.of(fromId.split("/")));
            parts.pollLast();
            for (String seg : spec.split("/")) {
                if (seg.isEmpty() || seg.equals(".")) continue;
                if (seg.equals("..")) parts.pollLast();
                else parts.addLast(seg);
            }
            return String.join("/", parts);
        });
    }

    /** Whether an internal module with this id exists. */
    public static boolean exists(String id) {
        return SOURCES.containsKey(id) || InternalModules.class.getClassLoader().getResource(ROOT + id + ".js") != null;
    }

    private static String read(String id) {
        try (InputStream in = InternalModules.class.getClassLoader().getResourceAsStream(ROOT + id + ".js")) {
            if (in == null) return null;
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
