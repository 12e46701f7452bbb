package dev.tempo.engine.run;

import dev.tempo.engine.events.ErrorInfo.StackFrame;
import dev.tempo.engine.report.Ansi;
import dev.tempo.engine.report.ErrorPrinter;
import dev.tempo.engine.report.SourceExcerpt;
import java.util.List;
import java.util.Map;
import org.graalvm.polyglot.proxy.ProxyObject;

/**
 * What console.log prints around an Error, as bun does: the source excerpt above where it was made and
 * its "at" lines, from the error's stack text (tempo's own frames left out, positions source-mapped).
 * Plain text: bun's console output is uncoloured when it is not a terminal, and tempo's always is.
 */
final class ConsoleErrorStack {
    private final ErrorPrinter printer = new ErrorPrinter(Ansi.of(false), null, new SourceExcerpt(Ansi.of(false)));

    /** { excerpt, frames } for the JS console. */
    ProxyObject describe(String stack) {
        List<StackFrame> frames = StackTraces.frames(stack);
        return ProxyObject.fromMap(Map.of("excerpt", printer.excerpt(frames), "frames", printer.frames(frames)));
    }
}
