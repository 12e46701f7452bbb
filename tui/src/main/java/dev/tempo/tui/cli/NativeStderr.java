package dev.tempo.tui.cli;

import dev.tempo.engine.host.Descriptors;
import java.io.BufferedReader;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Points the process's file descriptor 2 at a pipe while the full-screen interface is up, and hands what
 * arrives there to a consumer line by line. System.err can be swapped in Java, but native code writes to
 * fd 2 itself (a native library's own messages and traces), which would scroll and corrupt the
 * screen. Uses libc's calls through {@link Descriptors}; where they are not available (not Linux, native
 * access denied) {@link #capture} says so and the descriptor is left alone.
 */
final class NativeStderr implements AutoCloseable {
    private final Descriptors fds;
    private final int saved;
    private final int writeEnd;
    private final Thread reader;

    private NativeStderr(Descriptors fds, int saved, int writeEnd, Thread reader) {
        this.fds = fds;
        this.saved = saved;
        this.writeEnd = writeEnd;
        this.reader = reader;
    }

    /** Starts capturing; throws when the platform does not allow it (fd 2 is then unchanged). */
    static NativeStderr capture(Consumer<String> lines) throws IOException {
        Descriptors fds = Descriptors.get().orElseThrow(() -> new IOException("cannot capture native stderr on this platform"));
        try {
            int[] ends = fds.pipe();
            // A stream of our own on the pipe's read end; the descriptor pipe() gave can then go.
            FileInputStream in = new FileInputStream("/proc/self/fd/" + ends[0]);
            fds.close(ends[0]);
            int saved;
            try {
                saved = fds.redirectStderr(ends[1]);
            } catch (IllegalStateException e) {
                in.close();
                fds.close(ends[1]);
                throw new IOException("cannot redirect file descriptor 2", e);
            }
            Thread reader = Thread.ofPlatform().daemon().name("tempo-native-stderr").start(() -> forward(in, lines));
            return new NativeStderr(fds, saved, ends[1], reader);
        } catch (IllegalStateException e) {
            throw new IOException("cannot capture native stderr: " + e.getMessage(), e);
        }
    }

    /**
     * Keeps the first line of each burst (lines less than half a second apart): a native library's message
     * comes with a trace (a Rust panic's backtrace and notes) that says nothing to the user.
     */
    static Consumer<String> firstLineOfBursts(Consumer<String> lines) {
        long[] last = {Long.MIN_VALUE / 2};
        return line -> {
            long now = System.nanoTime();
            boolean first = now - last[0] > 500_000_000L;
            last[0] = now;
            if (first && !line.isBlank()) lines.accept(line.strip());
        };
    }

    private static void forward(FileInputStream in, Consumer<String> lines) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) lines.accept(line);
        } catch (IOException e) {
            // the pipe is gone: nothing more to forward
        }
    }

    /** Gives fd 2 back; the reader sees the end of the pipe once the last write end is closed. */
    @Override
    public void close() {
        try {
            fds.restoreStderr(saved);
        } catch (IllegalStateException e) {
            // nothing left to restore with
        }
        fds.close(writeEnd);
        try {
            reader.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
