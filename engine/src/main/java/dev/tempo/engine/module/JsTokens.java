package dev.tempo.engine.module;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A small JavaScript tokenizer for the source rewrites done before GraalJS sees a module (hoisting mock
 * calls, making exports live): enough to find statements, their nesting depth and where they start;
 * strings, templates, comments and regular expressions are skipped whole.
 */
final class JsTokens {
    private static final Set<String> REGEX_AFTER_WORD = Set.of("return", "typeof", "case", "do", "else", "in", "of", "new",
            "delete", "void", "throw", "yield", "await", "instanceof");

    private JsTokens() {}

    /** Whether token i begins a statement (after ;, } or a line break that ends the previous one). */
    static boolean statementStart(List<Token> tokens, int i) {
        if (i == 0) return true;
        Token prev = tokens.get(i - 1);
        if (prev.is(";") || prev.is("}")) return true;
        if (!tokens.get(i).newlineBefore) return false;
        return prev.kind != Kind.PUNCT || prev.is(")") || prev.is("]");
    }

    enum Kind { WORD, PUNCT, STRING, TEMPLATE, REGEX, NUMBER }

    static final class Token {
        final Kind kind;
        final String text;
        final int start, end, depth;
        final boolean newlineBefore;

        Token(Kind kind, String text, int start, int end, int depth, boolean newlineBefore) {
            this.kind = kind;
            this.text = text;
            this.start = start;
            this.end = end;
            this.depth = depth;
            this.newlineBefore = newlineBefore;
        }

        boolean is(String s) {
            return (kind == Kind.WORD || kind == Kind.PUNCT) && text.equals(s);
        }
    }

    static final class Lexer {
        private final String src;
        private int pos;
        private int depth;
        private final List<Token> out = new ArrayList<>();

        Lexer(String src) {
            this.src = src;
        }

        List<Token> tokens() {
            boolean nl = false;
            while (pos < src.length()) {
                char c = src.charAt(pos);
                if (c == '\n') {
                    nl = true;
                    pos++;
                } else if (Character.isWhitespace(c)) {
                    pos++;
                } else if (c == '/' && peek(1) == '/') {
                    while (pos < src.length() && src.charAt(pos) != '\n') pos++;
                } else if (c == '/' && peek(1) == '*') {
                    int e = src.indexOf("*/", pos + 2);
                    int stop = e < 0 ? src.length() : e + 2;
                    if (src.substring(pos, stop).indexOf('\n') >= 0) nl = true;
                    pos = stop;
                } else {
                    token(c, nl);
                    nl = false;
                }
            }
            return out;
        }

        private char peek(int k) {
            return pos + k < src.length() ? src.charAt(pos + k) : '\0';
        }

        private void token(char c, boolean nl) {
            int start = pos;
            if (Character.isJavaIdentifierStart(c) || c == '#') {
                pos++;
                while (pos < src.length() && Character.isJavaIdentifierPart(src.charAt(pos))) pos++;
                add(Kind.WORD, start, nl);
            } else if (Character.isDigit(c) || (c == '.' && Character.isDigit(peek(1)))) {
                pos++;
                while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '.' || src.charAt(pos) == '_')) pos++;
                add(Kind.NUMBER, start, nl);
            } else if (c == '"' || c == '\'') {
                pos++;
                while (pos < src.length() && src.charAt(pos) != c && src.charAt(pos) != '\n') {
                    if (src.charAt(pos) == '\\') pos++;
                    pos++;
                }
                pos = Math.min(pos + 1, src.length());
                add(Kind.STRING, start, nl);
            } else if (c == '`') {
                pos++;
                template();
                add(Kind.TEMPLATE, start, nl);
            } else if (c == '/' && regexAllowed()) {
                pos++;
                boolean inClass = false;
                while (pos < src.length() && src.charAt(pos) != '\n') {
                    char r = src.charAt(pos);
                    if (r == '\\') pos++;
                    else if (r == '[') inClass = true;
                    else if (r == ']') inClass = false;
                    else if (r == '/' && !inClass) break;
                    pos++;
                }
                pos++;
                while (pos < src.length() && Character.isLetter(src.charAt(pos))) pos++;
                add(Kind.REGEX, start, nl);
            } else {
                pos++;
                if (c == '(' || c == '[' || c == '{') {
                    out.add(new Token(Kind.PUNCT, String.valueOf(c), start, pos, depth, nl));
                    depth++;
                    return;
                }
                if (c == ')' || c == ']' || c == '}') depth = Math.max(0, depth - 1);
                if (c == '=' && peek(0) == '>') pos++;
                add(Kind.PUNCT, start, nl);
            }
        }

        /** Skips a template literal's body (after the opening backtick), nested substitutions included. */
        private void template() {
            while (pos < src.length()) {
                char c = src.charAt(pos);
                if (c == '\\') {
                    pos += 2;
                } else if (c == '`') {
                    pos++;
                    return;
                } else if (c == '$' && peek(1) == '{') {
                    pos += 2;
                    int saved = depth;
                    int level = 1;
                    int before = out.size();
                    while (pos < src.length() && level > 0) {
                        char d = src.charAt(pos);
                        if (Character.isWhitespace(d)) {
                            pos++;
                            continue;
                        }
                        if (d == '}') {
                            level--;
                            pos++;
                            continue;
                        }
                        if (d == '{') {
                            level++;
                            pos++;
                            continue;
                        }
                        token(d, false);
                    }
                    // the substitution's tokens belong to the template token
                    while (out.size() > before) out.remove(out.size() - 1);
                    depth = saved;
                } else {
                    pos++;
                }
            }
        }

        private boolean regexAllowed() {
            if (out.isEmpty()) return true;
            Token prev = out.get(out.size() - 1);
            if (prev.kind == Kind.WORD) return REGEX_AFTER_WORD.contains(prev.text);
            if (prev.kind != Kind.PUNCT) return false;
            return !(prev.is(")") || prev.is("]") || prev.is("}"));
        }

        private void add(Kind kind, int start, boolean nl) {
            out.add(new Token(kind, src.substring(start, pos), start, pos, depth, nl));
        }
    }
}
