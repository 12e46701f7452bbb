package dev.tempo.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Lines as bun 1.4.5 coloured them in its excerpts ("\e" is ESC). */
class JsHighlighterTest {
    private final JsHighlighter on = new JsHighlighter(Ansi.of(true));

    private void check(String line, String bun) {
        assertThat(on.highlight(line)).isEqualTo(Golden.esc(bun));
    }

    @Test
    void keywordsStringsNumbersAndSemicolons() {
        check("import { test, expect, describe } from \"bun:test\";",
                "\\e[0m\\e[35mimport\\e[0m { test, expect, describe } \\e[0m\\e[35mfrom\\e[0m \\e[0m\\e[32m\"bun:test\"\\e[0m\\e[0m\\e[2m;\\e[0m");
        check("  const a = 1;", "  \\e[0m\\e[35mconst\\e[0m a = \\e[0m\\e[33m1\\e[0m\\e[0m\\e[2m;\\e[0m");
    }

    @Test
    void methodCallsAreItalicBoldAndConstructedClassesBold() {
        check("  expect(a).toBe(2);", "  expect(a)\\e[0m\\e[3m\\e[1m.toBe\\e[0m(\\e[0m\\e[33m2\\e[0m)\\e[0m\\e[2m;\\e[0m");
        check("  throw new TypeError(\"boom <here> & \\\"there\\\"\");",
                "  \\e[0m\\e[35mthrow\\e[0m \\e[0m\\e[35mnew\\e[0m \\e[0m\\e[1mTypeError\\e[0m(\\e[0m\\e[32m\"boom <here> & \\\"there\\\"\"\\e[0m)\\e[0m\\e[2m;\\e[0m");
        check("  Promise.reject(new Error(\"x\"));",
                "  Promise\\e[0m\\e[3m\\e[1m.reject\\e[0m(\\e[0m\\e[35mnew\\e[0m \\e[0m\\e[1mError\\e[0m(\\e[0m\\e[32m\"x\"\\e[0m))\\e[0m\\e[2m;\\e[0m");
    }

    @Test
    void lessThanIsWrappedAndOtherOperatorsAreNot() {
        check("for (let i = 0; i < 22; i++) p.y !== 1;",
                "\\e[0m\\e[35mfor\\e[0m (\\e[0m\\e[35mlet\\e[0m i = \\e[0m\\e[33m0\\e[0m\\e[0m\\e[2m;\\e[0m i \\e[0m<\\e[0m \\e[0m\\e[33m22\\e[0m"
                        + "\\e[0m\\e[2m;\\e[0m i++) p.y !== \\e[0m\\e[33m1\\e[0m\\e[0m\\e[2m;\\e[0m");
    }

    @Test
    void typeScriptDeclarationsEmptyStringsAndComments() {
        check("interface Point { x: number }",
                "\\e[0m\\e[34minterface\\e[0m \\e[0m\\e[1m\\e[34mPoint\\e[0m { x: \\e[0m\\e[34mnumber\\e[0m }");
        check("f(\"\") // done", "f(\\e[0m\\e[32m\"\"\\e[0m) \\e[0m\\e[2m// done\\e[0m");
        check("a /* b */ c", "a \\e[0m\\e[2m/* b */\\e[0m c");
        check("`x ${1} y`", "\\e[0m\\e[32m`x \\e[0m${\\e[0m\\e[33m1\\e[0m}\\e[0m\\e[32m y`\\e[0m");
    }

    @Test
    void leavesAloneWhatBunLeavesAlone() {
        assertThat(on.highlight("")).isEmpty();
        assertThat(on.highlight("const s = \"héllo\";")).isEqualTo("const s = \"héllo\";");
        String longLine = "x".repeat(2049);
        assertThat(on.highlight(longLine)).isEqualTo(longLine);
        assertThat(new JsHighlighter(Ansi.of(false)).highlight("const a = 1;")).isEqualTo("const a = 1;");
    }
}
