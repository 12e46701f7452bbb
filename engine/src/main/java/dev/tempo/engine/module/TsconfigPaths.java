package dev.tempo.engine.module;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * tsconfig.json {@code compilerOptions.paths}, as bun applies them to bare specifiers: the nearest
 * tsconfig.json above the importer, its {@code extends} chain followed for the options it does not set,
 * targets relative to {@code baseUrl} or else to the config that declares the paths, one {@code *}
 * per pattern, the longest matching prefix first.
 */
final class TsconfigPaths {
    /** A config's mappings and the directory their targets are relative to; NONE when it has none. */
    private record Mappings(Map<String, List<String>> paths, Path base, long modified) {}

    private static final Mappings NONE = new Mappings(Map.of(), null, 0);
    private static final Map<Path, Mappings> CACHE = new ConcurrentHashMap<>();

    private TsconfigPaths() {}

    /** The file {@code spec} maps to through the nearest tsconfig.json's paths, if any matches. */
    static Optional<Path> resolve(Path fromDir, String spec) {
        Path config = nearest(fromDir);
        if (config == null) return Optional.empty();
        Mappings m = mappings(config);
        if (m.paths.isEmpty()) return Optional.empty();
        String best = null;
        for (String pattern : m.paths.keySet()) {
            if (matches(pattern, spec) && (best == null || prefix(pattern).length() > prefix(best).length())) best = pattern;
        }
        if (best == null) return Optional.empty();
        String star = best.contains("*") ? spec.substring(prefix(best).length(), spec.length() - suffix(best).length()) : "";
        for (String target : m.paths.get(best)) {
            Path p = m.base.resolve(target.replace("*", star)).normalize();
            Optional<Path> f = ModuleResolver.fileOrDirectory(p, false);
            if (f.isPresent()) return f;
        }
        return Optional.empty();
    }

    private static boolean matches(String pattern, String spec) {
        if (!pattern.contains("*")) return pattern.equals(spec);
        String pre = prefix(pattern), suf = suffix(pattern);
        return spec.length() >= pre.length() + suf.length() && spec.startsWith(pre) && spec.endsWith(suf);
    }

    private static String prefix(String pattern) {
        int star = pattern.indexOf('*');
        return star < 0 ? pattern : pattern.substring(0, star);
    }

    private static String suffix(String pattern) {
        int star = pattern.indexOf('*');
        return star < 0 ? "" : pattern.substring(star + 1);
    }

    private static Path nearest(Path dir) {
        for (Path d = dir; d != null; d = d.getParent()) {
            if (d.getFileName() != null && d.getFileName().toString().equals("node_modules")) return null;
            Path p = d.resolve("tsconfig.json");
            if (Files.isRegularFile(p)) return p;
        }
        return null;
    }

    private static Mappings mappings(Path config) {
        long modified;
        try {
            modified = Files.getLastModifiedTime(config).toMillis();
        } catch (IOException e) {
            return NONE;
        }
        Mappings cached = CACHE.get(config);
        if (cached != null && cached.modified == modified) return cached;
        Mappings m = read(config, modified, 0);
        CACHE.put(config, m);
        return m;
    }

    /** The paths of {@code config}, or of the config it extends when it declares none itself. */
    private static Mappings read(Path config, long modified, int depth) {
        Map<?, ?> json;
        try {
            json = Json.parse(Jsonc.strip(Files.readString(config))) instanceof Map<?, ?> o ? o : Map.of();
        } catch (IOException e) {
            return NONE;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(config + ": " + e.getMessage(), e);
        }
        Map<?, ?> options = json.get("compilerOptions") instanceof Map<?, ?> o ? o : Map.of();
        Mappings inherited = NONE;
        if (json.get("extends") instanceof String ext && ModuleResolver.isPathLike(ext) && depth < 10) {
            Path parent = config.getParent().resolve(ext.endsWith(".json") ? ext : ext + ".json").normalize();
            if (Files.isRegularFile(parent)) inherited = read(parent, modified, depth + 1);
        }
        Path base = options.get("baseUrl") instanceof String b ? config.getParent().resolve(b).normalize() : null;
        if (options.get("paths") instanceof Map<?, ?> paths) {
            Map<String, List<String>> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : paths.entrySet()) {
                List<String> targets = new ArrayList<>();
                if (e.getValue() instanceof List<?> l) for (Object t : l) if (t instanceof String s) targets.add(s);
                out.put(String.valueOf(e.getKey()), targets);
            }
            return new Mappings(out, base != null ? base : config.getParent(), modified);
        }
        if (base != null && !inherited.paths.isEmpty()) return new Mappings(inherited.paths, base, modified);
        return new Mappings(inherited.paths, inherited.base, modified);
    }
}
