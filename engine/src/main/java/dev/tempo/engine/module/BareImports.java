package dev.tempo.engine.module;

import dev.tempo.engine.module.JsTokens.Kind;
import dev.tempo.engine.module.JsTokens.Token;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The bare specifiers ({@code "redux"}, {@code "@scope/pkg/sub"}) a module's code imports: static
 * imports, re-exports and {@code import("...")} with a literal. GraalJS hands a bare import to the file
 * system as {@code <importer dir>/redux}, the same path a relative {@code "./redux"} becomes; knowing
 * which names the code wrote bare keeps a sibling file {@code redux.ts} from shadowing the package.
 */
final class BareImports {
    private BareImports() {}

    static Set<String> of(String code) {
        Set<String> out = new LinkedHashSet<>();
        if (!code.contains("import") && !code.contains("from")) return out;
        List<Token> tokens = new JsTokens.Lexer(code).tokens();
        for (int i = 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind != Kind.STRING || !isImportSource(tokens, i)) continue;
            String spec = ImportAttributes.withoutType(t.text.substring(1, t.text.length() - 1));
            if (isBare(spec)) out.add(spec);
        }
        return out;
    }

    private static boolean isImportSource(List<Token> tokens, int i) {
        Token prev = tokens.get(i - 1);
        if (prev.is("from") || prev.is("import")) return true;
        if (!prev.is("(") || i < 2 || !tokens.get(i - 2).is("import")) return false;
        return i < 3 || !tokens.get(i - 3).is("."); // import(...), not obj.import(...)
    }

    static boolean isBare(String spec) {
        return !spec.isEmpty() && !spec.startsWith(".") && !spec.startsWith("/") && !spec.contains(":");
    }
}
