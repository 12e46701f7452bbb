package dev.tempo.engine.module;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Whether a file is an ES module or CommonJS, decided as bun does: by extension (.mjs/.mts ESM,
 * .cjs/.cts CommonJS), then by {@code "type": "module"} for .js, then by the code's own syntax: a file
 * with top-level import/export statements (or import.meta) is ESM, anything else CommonJS.
 */
public final class ModuleFormat {
    private static final Pattern ESM_SYNTAX = Pattern.compile(
            "(?m)^[ \\t]*(?:import\\s*[{*\"']|import\\s+[\\w$]|export\\s*[{*]|export\\s+[\\w$])|\\bimport\\.meta\\b");
    private static final Pattern CJS_SYNTAX = Pattern.compile("\\bmodule\\.exports\\b|\\bexports\\.[\\w$]+\\s*=|\\brequire\\s*\\(");

    private ModuleFormat() {}

    public static boolean isJson(Path file) {
        return file.getFileName().toString().endsWith(".json");
    }

    /** @param code the code GraalJS will run (already transpiled for TS) */
    public static boolean isEsm(Path file, String code) {
        String name = file.getFileName().toString();
        if (name.endsWith(".mjs") || name.endsWith(".mts")) return true;
        if (name.endsWith(".cjs") || name.endsWith(".cts") || name.endsWith(".json")) return false;
        boolean esmSyntax = ESM_SYNTAX.matcher(code).find();
        if (esmSyntax) return true;
        if (name.endsWith(".js") && file.getParent() != null) {
            boolean typeModule = PackageJson.nearest(file.getParent()).map(PackageJson::isModuleType).orElse(false);
            // A "type": "module" package's .js files are ESM, unless the file is plainly CommonJS.
            if (typeModule && !CJS_SYNTAX.matcher(code).find()) return true;
        }
        return false;
    }
}
