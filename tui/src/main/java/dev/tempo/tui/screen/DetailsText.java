package dev.tempo.tui.screen;

import dev.tempo.engine.events.ErrorInfo;
import dev.tempo.engine.report.Ansi;
import dev.tempo.engine.report.ErrorPrinter;
import dev.tempo.engine.report.SourceExcerpt;
import dev.tempo.themes.Role;
import dev.tempo.tui.screen.model.FileState;
import dev.tempo.tui.screen.model.TestRow;
import dev.tempo.tui.screen.model.TestState;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The details of the selected row as themed lines: for a test its name, location, each error as the console
 * reporter prints it (source excerpt, message with the Expected/Received diff, stack) and its console
 * output; for a file its load error, errors between tests and output between tests.
 */
final class DetailsText {
    private final ErrorPrinter printer;

    DetailsText(Path projectRoot) {
        Ansi ansi = Ansi.of(true); // coloured, then mapped onto the theme by AnsiText
        this.printer = new ErrorPrinter(ansi, projectRoot, new SourceExcerpt(ansi));
    }

    List<List<Span>> of(TestRow row, FileState file, boolean console, long now) {
        List<List<Span>> out = new ArrayList<>();
        if (row != null && row.test() != null) {
            TestState t = row.test();
            out.add(List.of(new Span(Symbols.of(t.status(), now) + " ", Symbols.role(t.status())),
                    new Span(String.join(" > ", t.id.path()), Role.TITLE, true),
                    new Span("  " + Symbols.duration(t.durationMillis()), Role.MUTED)));
            out.add(List.of(new Span(t.id.file() + (t.line() > 0 ? ":" + t.line() : ""), Role.LOCATION)));
            for (ErrorInfo e : t.errors()) {
                out.add(List.of());
                out.addAll(AnsiText.lines(printer.error(e)));
            }
            if (console) section(out, "Console", t.console());
            return out;
        }
        if (file == null) {
            out.add(List.of(new Span("Select a file or a test.", Role.MUTED)));
            return out;
        }
        out.add(List.of(new Span(Symbols.of(file.status(), now) + " ", Symbols.role(file.status())),
                new Span(row != null && row.kind() == TestRow.Kind.DESCRIBE ? String.join(" > ", row.names()) : file.path(), Role.TITLE, true),
                new Span("  " + file.pass() + " pass, " + file.fail() + " fail" + (file.skip() > 0 ? ", " + file.skip() + " skip" : "")
                        + (file.todo() > 0 ? ", " + file.todo() + " todo" : "") + "  " + Symbols.duration(file.durationMillis()), Role.MUTED)));
        if (file.loadError() != null) {
            out.add(List.of());
            ErrorInfo e = file.loadError();
            out.addAll(AnsiText.lines(ErrorPrinter.isParseError(e) ? printer.parseError(e) : printer.error(e)));
        }
        for (ErrorInfo e : file.unhandled()) {
            out.add(List.of());
            out.add(List.of(new Span("Unhandled error between tests", Role.FAIL, true)));
            out.addAll(AnsiText.lines(printer.error(e)));
        }
        if (console) section(out, "Console (between tests)", file.console());
        return out;
    }

    private static void section(List<List<Span>> out, String title, String text) {
        if (text.isEmpty()) return;
        out.add(List.of());
        out.add(List.of(new Span("── " + title + " ──", Role.MUTED, true)));
        out.addAll(AnsiText.lines(text));
    }
}
