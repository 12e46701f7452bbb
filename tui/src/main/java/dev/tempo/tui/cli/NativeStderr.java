package dev.tempo.tui.cli;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.io.BufferedReader;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Points the process's file descriptor 2 at a pipe while the full-screen interface is up, and hands what
 * arrives there to a consumer line by line. System.err can be swapped in Java, but native code writes to
 * fd 2 itself (swc4j's Rust panic trace on a TypeScript syntax error), which would scroll and corrupt the
 * screen. Uses libc's pipe/dup/dup2/close through the FFM API; where that is not available (not Linux,
 * native access denied) {@link #capture} says so and the descriptor is left alone.
 */
final class NativeStderr implements AutoCloseable {
    private static final int STDERR = 2;

    private final MethodHandle dup2;
    private final MethodHandle close;
    private final int saved;
    private final int writeEnd;
    private final Thread reader;

    private NativeStderr(MethodHandle dup2, MethodHandle close, int saved, int writeEnd, Thread reader) {
        this.dup2 = dup2;
        this.close = close;
        this.saved = saved;
        this.writeEnd = writeEnd;
        this.reader = reader;
    }

    /** Starts capturing; throws when the platform does not allow it (fd 2 is then unchanged). */
    static NativeStderr capture(Consumer<String> lines) throws IOException {
        try {
            Linker linker = Linker.nativeLinker();
            SymbolLookup libc = linker.defaultLookup();
            MethodHandle pipe = linker.downcallHandle(libc.find("pipe").orElseThrow(), FunctionDescriptor.of(JAVA_INT, ADDRESS));
            MethodHandle dup = linker.downcallHandle(libc.find("dup").orElseThrow(), FunctionDescriptor.of(JAVA_INT, JAVA_INT));
            MethodHandle dup2 = linker.downcallHandle(libc.find("dup2").orElseThrow(), FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT));
            MethodHandle close = linker.downcallHandle(libc.find("close").orElseThrow(), FunctionDescriptor.of(JAVA_INT, JAVA_INT));
            int readEnd, writeEnd;
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment fds = arena.allocate(JAVA_INT, 2);
                if ((int) pipe.invokeExact(fds) != 0) throw new IOException("pipe() failed");
                readEnd = fds.getAtIndex(JAVA_INT, 0);
                writeEnd = fds.getAtIndex(JAVA_INT, 1);
            }
            // A stream of our own on the pipe's read end; the descriptor pipe() gave can then go.
            FileInputStream in = new FileInputStream("/proc/self/fd/" + readEnd);
            int ignored = (int) close.invokeExact(readEnd);
            int saved = (int) dup.invokeExact(STDERR);
            if (saved < 0 || (int) dup2.invokeExact(writeEnd, STDERR) < 0) {
                in.close();
                ignored = (int) close.invokeExact(writeEnd);
                if (saved >= 0) ignored = (int) close.invokeExact(saved);
                throw new IOException("cannot redirect file descriptor 2");
            }
            Thread reader = Thread.ofPlatform().daemon().name("tempo-native-stderr").start(() -> forward(in, lines));
            return new NativeStderr(dup2, close, saved, writeEnd, reader);
        } catch (IOException e) {
            throw e;
        } catch (Throwable e) {
            throw new IOException("cannot capture native stderr: " + e, e);
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
            int ignored = (int) dup2.invokeExact(saved, STDERR);
            ignored = (int) close.invokeExact(saved);
            ignored = (int) close.invokeExact(writeEnd);
            reader.join(1000);
        } catch (Throwable e) {
            // nothing left to restore with
        }
    }
}
