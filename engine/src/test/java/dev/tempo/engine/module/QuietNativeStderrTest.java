package dev.tempo.engine.module;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class QuietNativeStderrTest {
    private static final String SHORT = """

            thread '<unnamed>' (31935) panicked at src/error.rs:95:26:
            Couldn't call throw parse error: JavaException
            note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace
            """;

    private static final String WITH_BACKTRACE = """

            thread '<unnamed>' (31935) panicked at src/error.rs:145:26:
            Couldn't call throw transpile error: JavaException
            stack backtrace:
               0: __rustc::rust_begin_unwind
               1: core::panicking::panic_fmt
               7: <unknown>
            note: Some details are omitted, run with `RUST_BACKTRACE=full` for a verbose backtrace.
            """;

    private static final String FULL_BACKTRACE = """
            thread '<unnamed>' panicked at src/error.rs:145:26:
            Couldn't call throw transpile error: JavaException
            stack backtrace:
               0:     0x7f01 - std::backtrace_rs::backtrace::libunwind::trace
                                           at /rustc/library/std/src/../../backtrace/src/backtrace/libunwind.rs:116:5
            """;

    @Test
    void removesEachShapeOfThePanicReport() {
        assertThat(QuietNativeStderr.withoutPanicReports(SHORT)).isEmpty();
        assertThat(QuietNativeStderr.withoutPanicReports(WITH_BACKTRACE)).isEmpty();
        assertThat(QuietNativeStderr.withoutPanicReports(FULL_BACKTRACE)).isEmpty();
    }

    @Test
    void keepsWhatOthersWroteAroundTheReport() {
        String text = "a.test.js:\n(pass) one\n" + WITH_BACKTRACE + "(pass) two\n\nsummary\n";
        assertThat(QuietNativeStderr.withoutPanicReports(text)).isEqualTo("a.test.js:\n(pass) one\n(pass) two\n\nsummary\n");
    }

    @Test
    void leavesTextWithoutAReportAlone() {
        String text = "thread 'main' is mentioned here\n\n  indented\nnote: kept\n";
        assertThat(QuietNativeStderr.withoutPanicReports(text)).isEqualTo(text);
    }

    @Test
    void aSyntaxErrorStillArrivesAsTheTranspilersExceptionAndLaterFilesTranspile() throws Exception {
        assertThatThrownBy(() -> Transpiler.transpile(Path.of("/bad.ts"), "const x: number = ;\n"))
                .isInstanceOf(TranspileException.class)
                .hasMessageContaining("Expression expected");
        assertThat(Transpiler.transpile(Path.of("/good.ts"), "export const x: number = 1;\n").code()).contains("export const x = 1");
    }
}
