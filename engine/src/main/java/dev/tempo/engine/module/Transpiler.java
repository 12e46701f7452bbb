package dev.tempo.engine.module;

import com.caoccao.javet.swc4j.Swc4j;
import com.caoccao.javet.swc4j.enums.Swc4jMediaType;
import com.caoccao.javet.swc4j.enums.Swc4jParseMode;
import com.caoccao.javet.swc4j.enums.Swc4jSourceMapOption;
import com.caoccao.javet.swc4j.options.Swc4jJsxRuntimeOption;
import com.caoccao.javet.swc4j.options.Swc4jTranspileOptions;
import java.net.MalformedURLException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TypeScript, TSX and JSX to JavaScript through swc4j, keeping a source map. Types vanish; a name that
 * a TS file exports only as a type gets an undefined stand-in export, so a module re-exporting it
 * ({@code import { Iface } from './types'; export { Iface }}) still links, as it does under bun; the
 * stand-in has a local name of its own, so the type's name still means the global in the file.
 */
public final class Transpiler {
    private static final Pattern TYPE_EXPORT =
            Pattern.compile("(?m)^[ \\t]*export\\s+(?:declare\\s+)?(?:interface|type)\\s+([A-Za-z_$][\\w$]*)");
    private static final Pattern ERROR_LINE = Pattern.compile("(?m)^\\s*(\\d+) \\| ");
    private static final ThreadLocal<Swc4j> SWC = ThreadLocal.withInitial(Swc4j::new);

    /** Transpiled code and its map (null when the code is the source itself). */
    public record Output(String code, SourceMap map) {}

    private Transpiler() {}

    /** Whether files with this name need transpiling before GraalJS can run them. */
    public static boolean needsTranspile(String fileName) {
        return fileName.endsWith(".ts") || fileName.endsWith(".tsx") || fileName.endsWith(".mts")
                || fileName.endsWith(".cts") || fileName.endsWith(".jsx");
    }

    private static final java.util.concurrent.atomic.AtomicBoolean WARMED = new java.util.concurrent.atomic.AtomicBoolean();

    /** Starts swc's one-time native initialisation early, off the caller's thread. */
    public static void warmUp() {
        // Once per process: a watch session calls this for every rerun.
        if (!WARMED.compareAndSet(false, true)) return;
        Thread.ofPlatform().daemon().name("tempo-stderr-warmup").start(QuietNativeStderr::prepare);
        Thread.ofPlatform().daemon().name("tempo-swc-warmup").start(() -> {
            try {
                // valid code, so no panic report to hide: stderr stays put during swc's slow first call
                transpile(Path.of("/warmup.ts"), "export const a: number = 1;\n", false);
            } catch (TranspileException ignored) {
                // warm-up only
            }
        });
    }

    public static Output transpile(Path file, String source) throws TranspileException {
        return transpile(file, source, true);
    }

    private static Output transpile(Path file, String source, boolean hidePanicReport) throws TranspileException {
        String name = file.getFileName().toString();
        Swc4jMediaType type = name.endsWith(".tsx") ? Swc4jMediaType.Tsx
                : name.endsWith(".jsx") ? Swc4jMediaType.Jsx
                : name.endsWith(".mts") ? Swc4jMediaType.Mts
                : name.endsWith(".cts") ? Swc4jMediaType.Cts
                : Swc4jMediaType.TypeScript;
        Swc4jTranspileOptions options = new Swc4jTranspileOptions()
                .setMediaType(type)
                .setParseMode(Swc4jParseMode.Program)
                .setSourceMap(Swc4jSourceMapOption.Separate)
                .setInlineSources(false)
                .setKeepComments(false)
                .setJsx(Swc4jJsxRuntimeOption.Automatic());
        try {
            options.setSpecifier(file.toUri().toURL());
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
        String code;
        SourceMap map;
        try {
            var out = hidePanicReport
                    ? QuietNativeStderr.run(() -> SWC.get().transpile(source, options))
                    : SWC.get().transpile(source, options);
            code = out.getCode();
            map = out.getSourceMap() == null ? null : SourceMap.parse(out.getSourceMap());
        } catch (Exception e) {
            throw syntaxError(file, e.getMessage() == null ? e.toString() : e.getMessage());
        }
        if (type != Swc4jMediaType.Jsx) code = code + typeExportStandIns(source, code);
        return new Output(code, map);
    }

    private static String typeExportStandIns(String source, String code) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = TYPE_EXPORT.matcher(source);
        while (m.find()) names.add(m.group(1));
        if (names.isEmpty()) return "";
        StringBuilder sb = new StringBuilder();
        for (String n : names) {
            String q = Pattern.quote(n);
            boolean exportedAsValue = Pattern.compile(
                            "export\\s+(?:default\\s+)?(?:declare\\s+)?(?:async\\s+)?(?:const|let|var|function\\*?|class|enum|namespace)\\s+" + q + "\\b")
                    .matcher(code).find()
                    || Pattern.compile("export\\s*\\{[^}]*\\b" + q + "\\b[^}]*\\}").matcher(code).find();
            // Under another local name: a module-scope binding would shadow a global of the same name
            // (an `interface File` beside `x instanceof File`).
            if (!exportedAsValue) sb.append("\nvar __tempo_type$").append(n).append(";\nexport { __tempo_type$").append(n).append(" as ").append(n).append(" };");
        }
        return sb.toString();
    }

    /** swc reports "SyntaxError: msg" followed by a code frame "N | code" and a "~" under the column. */
    private static TranspileException syntaxError(Path file, String raw) {
        String[] lines = raw.split("\n");
        String first = lines[0].trim();
        int line = 0, column = 0;
        for (int i = 0; i < lines.length; i++) {
            Matcher m = ERROR_LINE.matcher(lines[i]);
            if (m.find()) {
                line = Integer.parseInt(m.group(1));
                int gutter = lines[i].indexOf('|');
                if (i + 1 < lines.length) {
                    String marker = lines[i + 1];
                    int tilde = marker.indexOf('~');
                    if (tilde > gutter) column = tilde - gutter - 1;
                }
                break;
            }
        }
        if (!first.startsWith("SyntaxError")) first = "SyntaxError: " + first;
        return new TranspileException(file, line, column, first.replaceFirst("^SyntaxError:\\s*", ""));
    }
}
