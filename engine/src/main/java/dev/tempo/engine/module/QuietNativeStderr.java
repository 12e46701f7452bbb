package dev.tempo.engine.module;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Runs a native call with file descriptor 2 pointed at a pipe, then hands what arrived there on to the real
 * stderr, less the Rust panic reports the call printed when it failed.
 *
 * <p>swc4j 2.2.0 panics inside its JNI code every time it reports a syntax error: the error still reaches Java as
 * an exception, but Rust's panic hook first writes "thread … panicked at src/error.rs…" and a backtrace to fd 2.
 * The window is one transpile long (well under a millisecond for a test file), and anything another thread writes
 * to stderr meanwhile is kept and passed on, only a little later. The pipe is drained with raw reads and writes,
 * never through a Java stream, so a thread blocked writing to System.err cannot hold this one up.
 *
 * <p>Where the platform calls are not available (no native access granted, not Linux), the call runs as it is.
 */
final class QuietNativeStderr {
    private static final int STDERR = 2;
    private static final int F_SETFL = 4;
    private static final int O_NONBLOCK = 04000;
    private static final ReentrantLock LOCK = new ReentrantLock();
    private static final Fds FDS = Fds.open();

    @FunctionalInterface
    interface NativeCall<T> {
        T call() throws Exception;
    }

    private QuietNativeStderr() {}

    /** Sets up the platform calls now (≈50 ms the first time, linking the libc calls), not at the first transpile. */
    static void prepare() {
        // the class's initialisation does it
    }

    static <T> T run(NativeCall<T> call) throws Exception {
        if (FDS == null) return call.call();
        LOCK.lock();
        boolean failed = true;
        try {
            FDS.redirect();
            try {
                T result = call.call();
                failed = false;
                return result;
            } finally {
                FDS.restore();
                byte[] captured = FDS.drain();
                if (captured.length > 0) {
                    FDS.writeStderr(failed
                            ? withoutPanicReports(new String(captured, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8)
                            : captured);
                }
            }
        } finally {
            LOCK.unlock();
        }
    }

    /**
     * Removes each report Rust's default panic hook prints: an optional blank line, "thread 'name' (id) panicked at
     * file:line:col:", the message line, then either a "stack backtrace:" with its indented frames or nothing, and
     * the closing "note: …" line when there is one.
     */
    static String withoutPanicReports(String text) {
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < lines.length) {
            boolean blankBefore = lines[i].isEmpty() && i + 1 < lines.length && isPanicHeader(lines[i + 1]);
            if (blankBefore || isPanicHeader(lines[i])) {
                i += blankBefore ? 3 : 2; // [blank,] header, message
                if (i < lines.length && lines[i].equals("stack backtrace:")) {
                    i++;
                    while (i < lines.length && lines[i].startsWith(" ")) i++;
                }
                if (i < lines.length && lines[i].startsWith("note: ")) i++;
            } else {
                out.append(lines[i]);
                if (i + 1 < lines.length) out.append('\n');
                i++;
            }
        }
        return out.toString();
    }

    private static boolean isPanicHeader(String line) {
        return line.startsWith("thread '") && line.contains(" panicked at ");
    }

    /** The descriptors and libc calls: a saved copy of the real stderr and a non-blocking pipe. */
    private static final class Fds {
        private final MethodHandle dup2;
        private final MethodHandle read;
        private final MethodHandle write;
        private final int realStderr;
        private final int pipeRead;
        private final int pipeWrite;
        private final MemorySegment buffer = Arena.global().allocate(16384);

        private Fds(MethodHandle dup2, MethodHandle read, MethodHandle write, int realStderr, int pipeRead, int pipeWrite) {
            this.dup2 = dup2;
            this.read = read;
            this.write = write;
            this.realStderr = realStderr;
            this.pipeRead = pipeRead;
            this.pipeWrite = pipeWrite;
        }

        static Fds open() {
            if (!System.getProperty("os.name", "").startsWith("Linux")
                    || !QuietNativeStderr.class.getModule().isNativeAccessEnabled()) return null;
            try {
                Linker linker = Linker.nativeLinker();
                SymbolLookup libc = linker.defaultLookup();
                ValueLayout.OfInt i = ValueLayout.JAVA_INT;
                FunctionDescriptor oneInt = FunctionDescriptor.of(i, i);
                FunctionDescriptor twoInts = FunctionDescriptor.of(i, i, i);
                FunctionDescriptor threeInts = FunctionDescriptor.of(i, i, i, i);
                FunctionDescriptor io = FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG);
                MethodHandle dup = linker.downcallHandle(libc.findOrThrow("dup"), oneInt);
                MethodHandle dup2 = linker.downcallHandle(libc.findOrThrow("dup2"), twoInts);
                MethodHandle pipe = linker.downcallHandle(libc.findOrThrow("pipe"), FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS));
                MethodHandle fcntl = linker.downcallHandle(libc.findOrThrow("fcntl"), threeInts, Linker.Option.firstVariadicArg(2));
                MethodHandle read = linker.downcallHandle(libc.findOrThrow("read"), io);
                MethodHandle write = linker.downcallHandle(libc.findOrThrow("write"), io);
                MemorySegment ends = Arena.global().allocate(ValueLayout.JAVA_INT, 2);
                if ((int) pipe.invokeExact(ends) != 0) return null;
                int pipeRead = ends.getAtIndex(ValueLayout.JAVA_INT, 0);
                int pipeWrite = ends.getAtIndex(ValueLayout.JAVA_INT, 1);
                if ((int) fcntl.invokeExact(pipeRead, F_SETFL, O_NONBLOCK) != 0) return null;
                int saved = (int) dup.invokeExact(STDERR);
                if (saved < 0) return null;
                return new Fds(dup2, read, write, saved, pipeRead, pipeWrite);
            } catch (Throwable e) {
                return null;
            }
        }

        void redirect() throws Exception {
            invokeDup2(pipeWrite, STDERR);
        }

        void restore() throws Exception {
            invokeDup2(realStderr, STDERR);
        }

        private void invokeDup2(int from, int to) throws Exception {
            try {
                int unused = (int) dup2.invokeExact(from, to);
            } catch (Throwable e) {
                throw new IllegalStateException("could not move stderr", e);
            }
        }

        /** Everything in the pipe now (it is non-blocking, so an empty pipe ends the read). */
        byte[] drain() {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            try {
                while (true) {
                    long n = (long) read.invokeExact(pipeRead, buffer, buffer.byteSize());
                    if (n <= 0) break;
                    bytes.write(buffer.asSlice(0, n).toArray(ValueLayout.JAVA_BYTE));
                }
            } catch (Throwable e) {
                // what was read is still passed on
            }
            return bytes.toByteArray();
        }

        void writeStderr(byte[] bytes) {
            if (bytes.length == 0) return;
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment segment = arena.allocate(bytes.length);
                MemorySegment.copy(bytes, 0, segment, ValueLayout.JAVA_BYTE, 0, bytes.length);
                long done = 0;
                while (done < bytes.length) {
                    long n = (long) write.invokeExact(realStderr, segment.asSlice(done), (long) bytes.length - done);
                    if (n <= 0) break;
                    done += n;
                }
            } catch (Throwable e) {
                // stderr itself is gone: nothing to tell
            }
        }
    }
}
