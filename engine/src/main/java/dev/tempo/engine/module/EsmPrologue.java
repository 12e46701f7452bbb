package dev.tempo.engine.module;

import dev.tempo.engine.js.JsLiterals;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The one line put in front of every ES module tempo serves (on the module's own first line, so line
 * numbers stay true): {@code __dirname}, {@code __filename} and {@code require} as bun provides them in
 * ESM, and bun's {@code import.meta} fields (dir, dirname, path, filename, main, require, resolve). A
 * name the module declares itself is left alone.
 */
final class EsmPrologue {
    private EsmPrologue() {}

    static String of(Path file, String code) {
        String f = JsLiterals.string(file.toString());
        String d = JsLiterals.string(file.getParent() == null ? "/" : file.getParent().toString());
        StringBuilder sb = new StringBuilder();
        sb.append("import.meta.dir=import.meta.dirname=").append(d)
                .append(";import.meta.path=import.meta.filename=").append(f)
                .append(";import.meta.main=false;import.meta.require=__tempo.createRequire(").append(f)
                .append(");import.meta.resolve=(s)=>__tempo.resolveUrl(").append(f).append(",s);");
        if (!declares(code, "__dirname")) sb.append("const __dirname=").append(d).append(";");
        if (!declares(code, "__filename")) sb.append("const __filename=").append(f).append(";");
        if (!declares(code, "require")) sb.append("const require=import.meta.require;");
        return sb.toString();
    }

    /** Whether {@code name} is declared at any level by const/let/var/function/class or an import. */
    static boolean declares(String code, String name) {
        if (!code.contains(name)) return false;
        String q = Pattern.quote(name);
        return Pattern.compile("(?:^|[^.\\w$])(?:const|let|var|function|class)\\s+" + q + "\\b").matcher(code).find()
                || Pattern.compile("(?:^|[^.\\w$])(?:const|let|var)\\s*\\{[^}]*\\b" + q + "\\b[^}]*\\}\\s*=").matcher(code).find()
                // the bindings of one import (names, braces, commas, "* as"): code without semicolons must not
                // let a later require(...) count as imported
                || Pattern.compile("import\\s[\\w$\\s{},*]*\\b" + q + "\\b[\\w$\\s{},*]*\\bfrom\\s*['\"]").matcher(code).find();
    }
}
