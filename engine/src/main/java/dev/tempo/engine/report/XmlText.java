package dev.tempo.engine.report;

/**
 * Text made safe for an XML 1.0 attribute value or element content: the five markup characters as
 * entities, tab, newline and carriage return as character references (so attribute normalisation
 * keeps them), and characters XML 1.0 cannot carry at all — other C0 controls, U+FFFE, U+FFFF and
 * unpaired surrogates — left out, as bun leaves them out.
 */
final class XmlText {
    private XmlText() {}

    static String escape(String s) {
        if (s == null) return "";
        StringBuilder sb = new StringBuilder(s.length() + 16);
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                case '\t' -> sb.append("&#9;");
                case '\n' -> sb.append("&#10;");
                case '\r' -> sb.append("&#13;");
                default -> {
                    if (c < 0x20 || c == '\uFFFE' || c == '\uFFFF') continue;
                    if (Character.isHighSurrogate(c)) {
                        if (i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                            sb.append(c).append(s.charAt(++i));
                        }
                        continue;
                    }
                    if (Character.isLowSurrogate(c)) continue;
                    sb.append(c);
                }
            }
        }
        return sb.toString();
    }
}
