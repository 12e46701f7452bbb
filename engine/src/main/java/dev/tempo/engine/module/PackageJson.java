package dev.tempo.engine.module;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The parts of a package.json that module resolution and format detection read. */
public record PackageJson(Path dir, String name, String type, String main, Object exports, Object imports) {
    private static final ConcurrentHashMap<Path, Optional<PackageJson>> BY_DIR = new ConcurrentHashMap<>();

    public boolean isModuleType() {
        return "module".equals(type);
    }

    /** The package.json in {@code dir}, if any (cached). A broken file reads as absent fields. */
    public static Optional<PackageJson> in(Path dir) {
        return BY_DIR.computeIfAbsent(dir, PackageJson::read);
    }

    /** The nearest package.json at or above {@code dir}. */
    public static Optional<PackageJson> nearest(Path dir) {
        for (Path d = dir; d != null; d = d.getParent()) {
            Optional<PackageJson> p = in(d);
            if (p.isPresent()) return p;
        }
        return Optional.empty();
    }

    /** Forgets cached files (the watch loop calls this when a package.json changes). */
    public static void clearCache() {
        BY_DIR.clear();
    }

    @SuppressWarnings("unchecked")
    private static Optional<PackageJson> read(Path dir) {
        Path file = dir.resolve("package.json");
        if (!Files.isRegularFile(file)) return Optional.empty();
        try {
            Object parsed = Json.parse(Files.readString(file));
            if (!(parsed instanceof Map)) return Optional.of(new PackageJson(dir, null, null, null, null, null));
            Map<String, Object> m = (Map<String, Object>) parsed;
            return Optional.of(new PackageJson(dir, str(m.get("name")), str(m.get("type")), str(m.get("main")),
                    m.get("exports"), m.get("imports")));
        } catch (IOException | RuntimeException e) {
            return Optional.of(new PackageJson(dir, null, null, null, null, null));
        }
    }

    private static String str(Object o) {
        return o instanceof String s ? s : null;
    }
}
