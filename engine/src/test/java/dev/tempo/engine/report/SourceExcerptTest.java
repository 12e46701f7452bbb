package dev.tempo.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceExcerptTest {
    @TempDir
    Path dir;
    private String file;
    private final SourceExcerpt plain = new SourceExcerpt(Ansi.of(false));

    @BeforeEach
    void write() throws IOException {
        Path p = dir.resolve("x.test.js");
        Files.writeString(p, IntStream.rangeClosed(1, 12).mapToObj(i -> "line" + i + ";").collect(Collectors.joining("\r\n")));
        file = p.toString();
    }

    @Test
    void showsFiveLinesBeforeTheFailingOneAndACaretUnderItsColumn() {
        assertThat(plain.render(file, 7, 3)).isEqualTo("""
                2 | line2;
                3 | line3;
                4 | line4;
                5 | line5;
                6 | line6;
                7 | line7;
                      ^
                """);
    }

    @Test
    void fewerLinesNearTheTopAndTheGutterWidensAtTen() {
        assertThat(plain.render(file, 2, 1)).isEqualTo("1 | line1;\n2 | line2;\n    ^\n");
        assertThat(plain.render(file, 11, 6)).isEqualTo("""
                 6 | line6;
                 7 | line7;
                 8 | line8;
                 9 | line9;
                10 | line10;
                11 | line11;
                          ^
                """);
    }

    @Test
    void nothingForAnUnreadableFileOrALinePastTheEnd() {
        assertThat(plain.render(file, 13, 1)).isEmpty();
        assertThat(plain.render(dir.resolve("missing.js").toString(), 1, 1)).isEmpty();
        assertThat(plain.render("node:internal/x", 1, 1)).isEmpty();
        assertThat(plain.render(file, 0, 1)).isEmpty();
    }

    @Test
    void aParseErrorShowsOnlyItsLine() {
        assertThat(plain.renderParseError(file, 10, 4)).isEqualTo("10 | line10;\n        ^\n");
    }

    @Test
    void colourBoldsTheGutterAndRedsTheCaret() {
        assertThat(new SourceExcerpt(Ansi.of(true)).render(file, 1, 2)).isEqualTo(
                "\u001b[0m\u001b[1m1 |\u001b[0m line1\u001b[0m\u001b[2m;\u001b[0m\n     \u001b[31m\u001b[1m^\u001b[0m\n");
    }
}
