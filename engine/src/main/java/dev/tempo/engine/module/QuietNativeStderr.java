package dev.tempo.engine.module;

import dev.tempo.engine.host.Descriptors;
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
 * never through a Java stream, so a thread blocked writing to System.err cannot hold this one up. Whatever fd 2
 * is at the time (the terminal, or the full-screen interface's own pipe) is what it is given back.
 *
 * <p>Where the platform calls are not available (no native access granted, not Linux), the call runs as it is.
 */
final class QuietNativeStderr {
    private static final ReentrantLock LOCK = new ReentrantLock();
    /** The pipe's {read end (non-blocking), write end}; null where fd 2 cannot be moved. */
    private static final int[] PIPE = openPipe();

    @FunctionalInterface
    interface NativeCall<T> {
        T call() throws Exception;
    }

    private QuietNativeStderr() {}

    /** Sets up the platform calls now (≈50 ms the first time, linking the libc calls), not at the first transpile. */
    static void prepare() {
        // the class's initialisation does it
    }

    private static int[] openPipe() {
        return Descriptors.get().map(d -> {
            try {
                int[] ends = d.pipe();
                d.setNonBlocking(ends[0]);
                return ends;
            } catch (IllegalStateException e) {
                return null;
            }
        }).orElse(null);
    }

    static <T> T run(NativeCall<T> call) throws Exception {
        if (PIPE == null) return call.call();
        Descriptors fds = Descriptors.get().orElseThrow();
        LOCK.lock();
        try {
            int saved;
            try {
                saved = fds.redirectStderr(PIPE[1]);
            } catch (IllegalStateException e) {
                return call.call();
            }
            boolean failed = true;
            try {
                T result = call.call();
                failed = false;
                return result;
            } finally {
                fds.restoreStderr(saved);
                byte[] captured = fds.drain(PIPE[0]);
                if (captured.length > 0) {
                    fds.writeAll(Descriptors.STDERR, failed
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
}
