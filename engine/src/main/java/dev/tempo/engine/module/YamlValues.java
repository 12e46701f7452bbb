package dev.tempo.engine.module;

import dev.tempo.engine.js.JsLiterals;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * YAML as bun reads it (Bun.YAML.parse, .yaml imports): plain data only (SnakeYAML's safe constructor), dates
 * kept as the strings they are written as, several documents as an array of them, none as null. The value
 * comes out as the text of a JS expression, since YAML has numbers JSON lacks (.inf, .nan).
 */
public final class YamlValues {
    private YamlValues() {}

    /** Timestamps stay strings, as in bun: the resolver has everything but the timestamp rule. */
    private static final class NoTimestamps extends Resolver {
        @Override
        public void addImplicitResolver(org.yaml.snakeyaml.nodes.Tag tag, java.util.regex.Pattern regexp, String first, int limit) {
            if (!org.yaml.snakeyaml.nodes.Tag.TIMESTAMP.equals(tag)) super.addImplicitResolver(tag, regexp, first, limit);
        }
    }

    /** The documents of text, parsed; an IllegalArgumentException with SnakeYAML's message when it does not parse. */
    public static Object parse(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        DumperOptions dumper = new DumperOptions(); // SnakeYAML's constructor wants one; nothing is dumped
        Yaml yaml = new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options, new NoTimestamps());
        List<Object> docs = new ArrayList<>();
        try {
            for (Object doc : yaml.loadAll(text)) docs.add(doc);
        } catch (YAMLException e) {
            throw new IllegalArgumentException(String.valueOf(e.getMessage()).replace('\n', ' ').replaceAll(" +", " ").trim());
        }
        if (docs.isEmpty()) return null;
        return docs.size() == 1 ? docs.get(0) : docs;
    }

    /** A JS expression for a parsed value. */
    public static String toJs(Object value) {
        StringBuilder sb = new StringBuilder();
        write(sb, value, new IdentityHashMap<>());
        return sb.toString();
    }

    private static void write(StringBuilder sb, Object v, IdentityHashMap<Object, Boolean> open) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof String s) {
            sb.append(JsLiterals.string(s));
        } else if (v instanceof Boolean b) {
            sb.append(b);
        } else if (v instanceof Double d) {
            sb.append(d.isNaN() ? "NaN" : d.isInfinite() ? (d > 0 ? "Infinity" : "-Infinity") : Double.toString(d));
        } else if (v instanceof Number n) {
            sb.append(n.toString());
        } else if (v instanceof Map<?, ?> m) {
            enter(v, open);
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!first) sb.append(',');
                first = false;
                sb.append(JsLiterals.string(String.valueOf(e.getKey()))).append(':');
                write(sb, e.getValue(), open);
            }
            sb.append('}');
            open.remove(v);
        } else if (v instanceof List<?> l) {
            enter(v, open);
            sb.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) sb.append(',');
                write(sb, l.get(i), open);
            }
            sb.append(']');
            open.remove(v);
        } else if (v instanceof byte[] bytes) {
            sb.append("new Uint8Array([");
            for (int i = 0; i < bytes.length; i++) sb.append(i == 0 ? "" : ",").append(bytes[i] & 0xff);
            sb.append("])");
        } else if (v instanceof java.util.Set<?> set) {
            write(sb, new ArrayList<>(set), open);
        } else {
            sb.append(JsLiterals.string(String.valueOf(v)));
        }
    }

    private static void enter(Object v, IdentityHashMap<Object, Boolean> open) {
        if (open.put(v, Boolean.TRUE) != null) throw new IllegalArgumentException("a recursive alias cannot become a value");
    }
}
