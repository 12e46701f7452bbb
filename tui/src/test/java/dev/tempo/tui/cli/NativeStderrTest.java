package dev.tempo.tui.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class NativeStderrTest {

    /** Writes straight to file descriptor 2, past System.err, as native code does. */
    private static void writeFd2(String text) throws Exception {
        FileOutputStream fd2 = new FileOutputStream(FileDescriptor.err);
        fd2.write(text.getBytes(StandardCharsets.UTF_8));
        fd2.flush();
    }

    @Test
    void capturesWhatIsWrittenToFileDescriptor2UntilClosed() throws Exception {
        List<String> lines = new CopyOnWriteArrayList<>();
        try (NativeStderr ignored = NativeStderr.capture(lines::add)) {
            writeFd2("thread '<unnamed>' panicked at src/error.rs:145:26:\n   0: a frame\n");
        }
        assertEquals(List.of("thread '<unnamed>' panicked at src/error.rs:145:26:", "   0: a frame"), lines);
        writeFd2("tempo NativeStderrTest: fd 2 is back (this line is expected in the build output)\n");
        assertEquals(2, lines.size());
    }

    @Test
    void keepsTheFirstLineOfABurst() {
        List<String> kept = new ArrayList<>();
        var first = NativeStderr.firstLineOfBursts(kept::add);
        first.accept("thread '<unnamed>' panicked at src/error.rs:145:26:");
        first.accept("stack backtrace:");
        first.accept("   0: __rustc::rust_begin_unwind");
        assertEquals(List.of("thread '<unnamed>' panicked at src/error.rs:145:26:"), kept);
    }
}
