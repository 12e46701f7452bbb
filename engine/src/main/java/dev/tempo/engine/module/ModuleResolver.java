package dev.tempo.engine.module;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Node's resolution algorithm as bun applies it: relative and absolute paths with extension and
 * directory-index probing (a {@code .js} specifier also finds the {@code .ts} file beside it), bare
 * specifiers through {@code node_modules} up the tree, package.json {@code exports}/{@code imports}
 * with conditions, {@code main}, self-reference by package name, and builtins.
 */
public final class ModuleResolver {
    /** How the specifier is being loaded; selects the package.json export conditions. */
    public enum Kind { IMPORT, REQUIRE }

    static final List<String> EXTENSIONS = List.of(".tsx", ".ts", ".jsx", ".js", ".mjs", ".cjs", ".mts", ".cts", ".json");
    private static final List<String> IMPORT_CONDITIONS = List.of("bun", "node", "import", "default");
    private static final List<String> REQUIRE_CONDITIONS = List.of("bun", "node", "require", "default");

    /** Node's builtin module names (bare "fs" means node:fs, before node_modules). */
    public static final Set<String> NODE_BUILTINS = Set.of(
            "assert", "assert/strict", "async_hooks", "buffer", "child_process", "cluster", "console", "constants",
            "crypto", "dgram", "diagnostics_channel", "dns", "dns/promises", "domain", "events", "fs", "fs/promises",
            "http", "http2", "https", "inspector", "module", "net", "os", "path", "path/posix", "path/win32",
            "perf_hooks", "process", "punycode", "querystring", "readline", "readline/promises", "repl", "stream",
            "stream/promises", "stream/web", "string_decoder", "sys", "timers", "timers/promises", "tls", "trace_events",
            "tty", "url", "util", "util/types", "v8", "vm", "wasi", "worker_threads", "zlib", "test");

    private static final Set<String> TEST_API = Set.of("bun:test", "@jest/globals", "vitest");

    private ModuleResolver() {}

    public static Resolved resolve(Path fromDir, String spec, Kind kind) {
        return resolve(fromDir, spec, kind, List.of());
    }

    /**
     * Resolves {@code spec} as imported from {@code fromDir}.
     *
     * @param extraConditions package.json export/import conditions to match besides bun's own
     *                        ({@code --conditions}); which one wins is the package's key order, as in Node
     */
    public static Resolved resolve(Path fromDir, String spec, Kind kind, List<String> extraConditions) {
        if (TEST_API.contains(spec)) return new Resolved.Virtual("test");
        if (spec.equals("bun")) return new Resolved.Virtual("bun");
        if (spec.startsWith("node:")) {
            if (!NODE_BUILTINS.contains(spec.substring(5))) throw new ModuleNotFoundException(noSuchBuiltin(spec.substring(5)));
            return new Resolved.Builtin(spec.substring(5));
        }
        if (spec.startsWith("bun:")) return new Resolved.Virtual(spec);
        if (spec.startsWith("file://")) spec = Path.of(java.net.URI.create(spec)).toString();
        if (isPathLike(spec)) {
            Path base = fromDir.resolve(spec).normalize();
            Optional<Path> f = fileOrDirectory(base, spec.endsWith("/"));
            if (f.isPresent()) return new Resolved.File(f.get());
            throw notFound(spec, fromDir);
        }
        if (NODE_BUILTINS.contains(spec)) return new Resolved.Builtin(spec);
        if (spec.startsWith("#")) return packageImport(fromDir, spec, kind, extraConditions);
        Optional<Path> mapped = TsconfigPaths.resolve(fromDir, spec);
        if (mapped.isPresent()) return new Resolved.File(mapped.get());
        return bare(fromDir, spec, conditions(kind, extraConditions));
    }

    /** bun's words for a node: specifier that names no node builtin at all. */
    public static String noSuchBuiltin(String name) {
        return "No such built-in module: node:" + name;
    }

    public static boolean isPathLike(String spec) {
        return spec.startsWith("./") || spec.startsWith("../") || spec.startsWith("/") || spec.equals(".") || spec.equals("..");
    }

    /** A file at {@code base}, or with an extension added, or a directory's package main or index. */
    public static Optional<Path> fileOrDirectory(Path base, boolean directoryOnly) {
        if (!directoryOnly) {
            Optional<Path> f = file(base);
            if (f.isPresent()) return f;
        }
        if (Files.isDirectory(base)) return directory(base);
        return Optional.empty();
    }

    private static Optional<Path> file(Path base) {
        if (Files.isRegularFile(base)) return Optional.of(real(base));
        String name = base.getFileName() == null ? "" : base.getFileName().toString();
        for (String ext : EXTENSIONS) {
            Path p = base.resolveSibling(name + ext);
            if (Files.isRegularFile(p)) return Optional.of(real(p));
        }
        // TypeScript sources import each other by their emitted names: './x.js' means './x.ts'.
        for (String[] swap : new String[][] {{".js", ".ts"}, {".js", ".tsx"}, {".mjs", ".mts"}, {".cjs", ".cts"}, {".jsx", ".tsx"}}) {
            if (name.endsWith(swap[0])) {
                Path p = base.resolveSibling(name.substring(0, name.length() - swap[0].length()) + swap[1]);
                if (Files.isRegularFile(p)) return Optional.of(real(p));
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> directory(Path dir) {
        Optional<PackageJson> pkg = PackageJson.in(dir);
        if (pkg.isPresent() && pkg.get().main() != null) {
            Path main = dir.resolve(pkg.get().main()).normalize();
            Optional<Path> f = file(main);
            if (f.isPresent()) return f;
            if (Files.isDirectory(main)) {
                Optional<Path> idx = index(main);
                if (idx.isPresent()) return idx;
            }
        }
        return index(dir);
    }

    private static Optional<Path> index(Path dir) {
        for (String ext : EXTENSIONS) {
            Path p = dir.resolve("index" + ext);
            if (Files.isRegularFile(p)) return Optional.of(real(p));
        }
        return Optional.empty();
    }

    private static Resolved bare(Path fromDir, String spec, List<String> conditions) {
        int slash = spec.startsWith("@") ? spec.indexOf('/', spec.indexOf('/') + 1) : spec.indexOf('/');
        String name = slash < 0 ? spec : spec.substring(0, slash);
        String subpath = slash < 0 ? "." : "." + spec.substring(slash);
        // A package may import itself by its own name through its exports.
        Optional<PackageJson> own = PackageJson.nearest(fromDir);
        if (own.isPresent() && name.equals(own.get().name()) && own.get().exports() != null) {
            Path p = exportsTarget(own.get(), subpath, conditions);
            if (p != null) return new Resolved.File(p);
        }
        for (Path d = fromDir; d != null; d = d.getParent()) {
            if (d.getFileName() != null && d.getFileName().toString().equals("node_modules")) continue;
            Path pkgDir = d.resolve("node_modules").resolve(name);
            if (!Files.isDirectory(pkgDir)) continue;
            Optional<PackageJson> pkg = PackageJson.in(pkgDir);
            if (pkg.isPresent() && pkg.get().exports() != null) {
                Path p = exportsTarget(pkg.get(), subpath, conditions);
                if (p != null) return new Resolved.File(p);
                throw new ModuleNotFoundException("Cannot find module '" + spec + "' from '" + fromDir
                        + "' (its package.json \"exports\" has no entry for '" + subpath + "')");
            }
            Optional<Path> f = subpath.equals(".") ? directory(pkgDir) : fileOrDirectory(pkgDir.resolve(subpath).normalize(), false);
            if (f.isPresent()) return new Resolved.File(f.get());
        }
        throw notFound(spec, fromDir);
    }

    private static Resolved packageImport(Path fromDir, String spec, Kind kind, List<String> extraConditions) {
        Optional<PackageJson> pkg = PackageJson.nearest(fromDir);
        if (pkg.isPresent() && pkg.get().imports() instanceof Map<?, ?> imports) {
            Object target = matchSubpath(imports, spec);
            if (target != null) {
                String t = conditional(target, conditions(kind, extraConditions));
                if (t != null) {
                    if (!t.startsWith("./")) return resolve(pkg.get().dir(), t, kind, extraConditions);
                    Optional<Path> f = file(pkg.get().dir().resolve(t).normalize());
                    if (f.isPresent()) return new Resolved.File(f.get());
                }
            }
        }
        throw notFound(spec, fromDir);
    }

    private static Path exportsTarget(PackageJson pkg, String subpath, List<String> conditions) {
        Object exports = pkg.exports();
        Object entry;
        if (exports instanceof String || exports instanceof List<?>) {
            entry = subpath.equals(".") ? exports : null;
        } else if (exports instanceof Map<?, ?> m) {
            boolean subpathKeys = m.keySet().stream().anyMatch(k -> String.valueOf(k).startsWith("."));
            entry = subpathKeys ? matchSubpath(m, subpath) : (subpath.equals(".") ? m : null);
        } else {
            entry = null;
        }
        if (entry == null) return null;
        String target = conditional(entry, conditions);
        if (target == null) return null;
        Path p = pkg.dir().resolve(target).normalize();
        if (Files.isRegularFile(p)) return real(p);
        return file(p).orElse(null);
    }

    /** The value for {@code key} in an exports/imports map, expanding one "*" pattern. */
    private static Object matchSubpath(Map<?, ?> map, String key) {
        if (map.containsKey(key)) return map.get(key);
        String bestKey = null;
        Object best = null;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String k = String.valueOf(e.getKey());
            int star = k.indexOf('*');
            if (star < 0) continue;
            String pre = k.substring(0, star), post = k.substring(star + 1);
            if (key.startsWith(pre) && key.endsWith(post) && key.length() >= k.length() - 1
                    && (bestKey == null || pre.length() > bestKey.indexOf('*'))) {
                String matched = key.substring(pre.length(), key.length() - post.length());
                bestKey = k;
                best = substitute(e.getValue(), matched);
            }
        }
        return best;
    }

    private static Object substitute(Object target, String matched) {
        if (target instanceof String s) return s.replace("*", matched);
        if (target instanceof List<?> l) return l.stream().map(x -> substitute(x, matched)).toList();
        if (target instanceof Map<?, ?> m) {
            var out = new java.util.LinkedHashMap<Object, Object>();
            m.forEach((k, v) -> out.put(k, substitute(v, matched)));
            return out;
        }
        return target;
    }

    private static String conditional(Object target, List<String> conditions) {
        if (target instanceof String s) return s;
        if (target instanceof List<?> l) {
            for (Object o : l) {
                String r = conditional(o, conditions);
                if (r != null) return r;
            }
            return null;
        }
        if (target instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (conditions.contains(String.valueOf(e.getKey()))) {
                    String r = conditional(e.getValue(), conditions);
                    if (r != null) return r;
                }
            }
        }
        return null;
    }

    private static List<String> conditions(Kind kind, List<String> extra) {
        List<String> own = kind == Kind.IMPORT ? IMPORT_CONDITIONS : REQUIRE_CONDITIONS;
        if (extra.isEmpty()) return own;
        List<String> all = new java.util.ArrayList<>(own);
        all.addAll(extra);
        return all;
    }

    private static ModuleNotFoundException notFound(String spec, Path fromDir) {
        return new ModuleNotFoundException("Cannot find module '" + spec + "' from '" + fromDir + "'");
    }

    static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }
}
