package dev.tempo.engine.module;

/** JSON with comments and trailing commas (tsconfig.json) turned into plain JSON, keeping line breaks. */
final class Jsonc {
    private Jsonc() {}

    static String strip(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                int j = i + 1;
                while (j < n && text.charAt(j) != '"') j += text.charAt(j) == '\\' ? 2 : 1;
                out.append(text, i, Math.min(j + 1, n));
                i = j;
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
                while (i < n && text.charAt(i) != '\n') i++;
                if (i < n) out.append('\n');
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                for (int k = i; k < end; k++) if (text.charAt(k) == '\n') out.append('\n');
                i = end - 1;
            } else if (c == ',' && nextIsClose(text, i + 1)) {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether only whitespace and comments stand between position i and a closing } or ]. */
    private static boolean nextIsClose(String text, int i) {
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) i++;
            else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') { while (i < n && text.charAt(i) != '\n') i++; }
            else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') { int e = text.indexOf("*/", i + 2); i = e < 0 ? n : e + 2; }
            else return c == '}' || c == ']';
        }
        return false;
    }
}
