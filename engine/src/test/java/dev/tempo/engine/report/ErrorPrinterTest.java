package dev.tempo.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tempo.engine.events.ErrorInfo;
import dev.tempo.engine.events.ErrorInfo.StackFrame;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ErrorPrinterTest {
    @TempDir
    Path root;

    private ErrorPrinter printer(boolean color) {
        Ansi a = Ansi.of(color);
        return new ErrorPrinter(a, root, new SourceExcerpt(a));
    }

    private static ErrorInfo error(String name, String message, StackFrame... frames) {
        return new ErrorInfo(name, message, List.of(frames), null, null);
    }

    @Test
    void headingsFollowBunsRules() {
        ErrorPrinter p = printer(false);
        assertThat(p.heading(error("Error", "boom"))).isEqualTo("error: boom\n");
        assertThat(p.heading(error("Error", ""))).isEqualTo("Error: \n");
        assertThat(p.heading(error("TypeError", ""))).isEqualTo("TypeError: \n");
        assertThat(p.heading(error("RangeError", "bad"))).isEqualTo("RangeError: bad\n");
        assertThat(p.heading(error("", "a string"))).isEqualTo("error: a string\n");
        assertThat(p.heading(error("", ""))).isEqualTo("error\n");
        assertThat(p.heading(error(null, null))).isEqualTo("error\n");
        assertThat(p.heading(error("AssertionError", "\u001b[2mexpect(\u001b[0mx).toBe(y)\n")))
                .isEqualTo("error: expect(x).toBe(y)\n\n");
        assertThat(p.heading(error("AssertionError", "values differ"))).isEqualTo("AssertionError: values differ\n");
        assertThat(p.heading(error("Error", "expect(a).toBe(b)\n\nExpected: 1\nReceived: 2")))
                .isEqualTo("error: expect(a).toBe(b)\n\nExpected: 1\nReceived: 2\n\n");
        assertThat(p.heading(error("Error", "line1\nline2"))).isEqualTo("error: line1\nline2\n");
    }

    @Test
    void framesShowAnonymousNamedAndTopLevelCode() {
        ErrorPrinter p = printer(false);
        String file = root.resolve("a.test.js").toString();
        assertThat(p.frame(new StackFrame("", file, 5, 13))).isEqualTo("      at <anonymous> (" + file + ":5:13)\n");
        assertThat(p.frame(new StackFrame("check", file, 3, 42))).isEqualTo("      at check (" + file + ":3:42)\n");
        assertThat(p.frame(new StackFrame(":program", file, 3, 11))).isEqualTo("      at " + file + ":3:11\n");
        assertThat(p.frame(new StackFrame("f", "native", 0, 0))).isEqualTo("      at f (native)\n");
        assertThat(p.frame(new StackFrame("f", file, 7, 0))).isEqualTo("      at f (" + file + ":7)\n");
    }

    @Test
    void colouredPathsDimTheProjectRoot() {
        String inside = root.resolve("src/a.js").toString();
        assertThat(printer(true).frame(new StackFrame("", inside, 1, 2))).isEqualTo(Golden.esc(
                "\\e[0m      \\e[2mat \\e[0m\\e[0m\\e[2m<anonymous>\\e[0m\\e[2m (\\e[0m\\e[0m\\e[36m\\e[2m" + root + "/\\e[0m\\e[36msrc/a.js\\e[0m"
                        + "\\e[2m:\\e[0m\\e[33m1\\e[0m\\e[2m:\\e[33m2\\e[0m\\e[2m)\\e[0m\n"));
        assertThat(printer(true).frame(new StackFrame(":program", "/elsewhere/b.js", 1, 2))).isEqualTo(Golden.esc(
                "\\e[0m      \\e[2mat \\e[0m\\e[0m\\e[36m/elsewhere/b.js\\e[0m\\e[2m:\\e[0m\\e[33m1\\e[0m\\e[2m:\\e[33m2\\e[0m\n"));
    }

    @Test
    void theExcerptComesFromTheFirstFrameThatCanBeRead() throws IOException {
        Path test = root.resolve("a.test.js");
        Files.writeString(test, "one\ntwo();\n");
        ErrorInfo e = error("Error", "boom",
                new StackFrame("native", "node:internal/x", 1, 1),
                new StackFrame("", test.toString(), 2, 1));

        assertThat(printer(false).error(e)).isEqualTo("1 | one\n2 | two();\n    ^\nerror: boom\n"
                + "      at native (node:internal/x:1:1)\n      at <anonymous> (" + test + ":2:1)\n");
    }

    @Test
    void anErrorWithoutFramesIsJustItsHeading() {
        assertThat(printer(false).error(error("Error", "lonely"))).isEqualTo("error: lonely\n");
    }

    @Test
    void aSyntaxErrorIsShownLikeABuildError() throws IOException {
        Path bad = root.resolve("bad.test.ts");
        Files.writeString(bad, "const a = ;\n");
        ErrorInfo e = error("SyntaxError", "Unexpected ;", new StackFrame("", bad.toString(), 1, 11));

        assertThat(ErrorPrinter.isParseError(e)).isTrue();
        assertThat(printer(false).unhandledBlock(e)).isEqualTo("""

                # Unhandled error between tests
                -------------------------------
                1 | const a = ;
                              ^
                error: Unexpected ;
                    at %s:1:11
                -------------------------------

                """.formatted(bad));
    }
}
