package dev.tempo.engine.module;

import dev.tempo.engine.js.JsLiterals;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.tomlj.Toml;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;

/**
 * The ES module a file becomes when imported with a {@code type} attribute (see {@link ImportAttributes}),
 * as bun builds it: json, jsonc, toml and yaml give their value as the default export and, for an object, one
 * named export per top-level key ("default" aside); text gives the file's text; file, and any type bun
 * does not know, gives the file's absolute path. Types naming code (js, ts, ...) import the module itself.
 */
public final class TypedModules {
    /** Types that load the file as the module it is. */
    static final Set<String> CODE = Set.of("js", "jsx", "ts", "tsx", "mjs", "cjs", "mts", "cts", "javascript");
    /** Loaders bun has that tempo does not. */
    private static final Set<String> UNSUPPORTED = Set.of("json5", "css", "html", "sqlite", "napi");

    private TypedModules() {}

    /** The type bun's loaders give a file by its extension when it is imported without one: .toml, .yaml, .txt. */
    static String typeByExtension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        if (name.endsWith(".toml")) return "toml";
        if (name.endsWith(".txt")) return "text";
        if (name.endsWith(".yaml") || name.endsWith(".yml")) return "yaml";
        return null;
    }

    /**
     * The value of TOML or YAML text as the text of a JS expression (for Bun.TOML.parse, Bun.YAML.parse and
     * require()); an IllegalArgumentException says why it does not parse.
     */
    public static String valueExpression(String type, String text) {
        return switch (type) {
            case "toml" -> tomlToJson(text);
            case "yaml" -> YamlValues.toJs(YamlValues.parse(text));
            default -> throw new IllegalArgumentException("no parser for " + type);
        };
    }

    /** TOML text as JSON text; an IllegalArgumentException says where it does not parse ("line:column: message"). */
    private static String tomlToJson(String text) {
        TomlParseResult toml = Toml.parse(text);
        if (toml.hasErrors()) {
            TomlParseError e = toml.errors().get(0);
            throw new IllegalArgumentException(e.position().line() + ":" + e.position().column() + ": " + e.getMessage());
        }
        return toml.toJson();
    }

    static String text(Path file, String type) throws IOException {
        if (UNSUPPORTED.contains(type)) {
            return "throw new TypeError(" + JsLiterals.string("import attribute type '" + type + "' is not supported by tempo (importing "
                    + file + ")") + ");";
        }
        return switch (type) {
            case "json" -> json(file, read(file));
            case "jsonc" -> json(file, Jsonc.strip(read(file)));
            case "toml" -> toml(file, read(file));
            case "yaml", "yml" -> yaml(file, read(file));
            case "text" -> "export default " + JsLiterals.string(read(file)) + ";\n";
            default -> "export const __esModule = true;\nexport default " + JsLiterals.string(file.toString()) + ";\n";
        };
    }

    private static String read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String json(Path file, String text) {
        Object value;
        try {
            value = Json.parse(text);
        } catch (IllegalArgumentException e) {
            return syntaxError(file + ":" + e.getMessage());
        }
        return module(text, value);
    }

    private static String toml(Path file, String text) {
        String json;
        try {
            json = tomlToJson(text);
        } catch (IllegalArgumentException e) {
            return syntaxError(file + ":" + e.getMessage());
        }
        return module(json, Json.parse(json));
    }

    private static String yaml(Path file, String text) {
        Object value;
        String js;
        try {
            value = YamlValues.parse(text);
            js = YamlValues.toJs(value);
        } catch (IllegalArgumentException e) {
            return syntaxError(file + ": " + e.getMessage());
        }
        return moduleOf("(" + js + ")", value);
    }

    private static String syntaxError(String message) {
        return "throw new SyntaxError(" + JsLiterals.string(message) + ");\n";
    }

    /** The module for JSON text whose parsed value is {@code value}. */
    private static String module(String json, Object value) {
        return moduleOf("JSON.parse(" + JsLiterals.string(json) + ")", value);
    }

    /** The module whose default export is the value of the JS expression {@code valueExpression}. */
    private static String moduleOf(String valueExpression, Object value) {
        StringBuilder sb = new StringBuilder("const __v = ").append(valueExpression).append(";\nexport default __v;\n");
        if (!(value instanceof Map<?, ?> map)) return sb.append("export const __esModule = true;\n").toString();
        StringBuilder names = new StringBuilder();
        int n = 0;
        for (Object k : map.keySet()) {
            String key = (String) k;
            if (key.equals("default") || hasLoneSurrogate(key)) continue;
            sb.append("const __e").append(n).append(" = __v[").append(JsLiterals.string(key)).append("];\n");
            if (names.length() > 0) names.append(", ");
            names.append("__e").append(n).append(" as ").append(JsLiterals.string(key));
            n++;
        }
        if (n > 0) sb.append("export { ").append(names).append(" };\n");
        return sb.toString();
    }

    /** An export name must be valid Unicode. */
    private static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) i++;
            else if (Character.isSurrogate(c)) return true;
        }
        return false;
    }
}
