package dev.tempo.engine.host;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Optional;

/**
 * libc's file descriptor calls (pipe, dup, dup2, close, fcntl, read, write) through the FFM API, for the
 * places that must move the process's fd 2 itself: native code writes there, not to System.err. Present
 * only on Linux with native access granted to tempo's code (the launcher grants it).
 */
public final class Descriptors {
    public static final int STDERR = 2;
    private static final int F_GETFL = 3;
    private static final int F_SETFL = 4;
    private static final int O_NONBLOCK = 04000;

    private static final Optional<Descriptors> INSTANCE = link();

    private final MethodHandle pipe;
    private final MethodHandle dup;
    private final MethodHandle dup2;
    private final MethodHandle close;
    private final MethodHandle fcntl;
    private final MethodHandle read;
    private final MethodHandle write;

    private Descriptors(Linker linker, SymbolLookup libc) {
        FunctionDescriptor oneInt = FunctionDescriptor.of(JAVA_INT, JAVA_INT);
        FunctionDescriptor io = FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG);
        pipe = linker.downcallHandle(libc.findOrThrow("pipe"), FunctionDescriptor.of(JAVA_INT, ADDRESS));
        dup = linker.downcallHandle(libc.findOrThrow("dup"), oneInt);
        dup2 = linker.downcallHandle(libc.findOrThrow("dup2"), FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT));
        close = linker.downcallHandle(libc.findOrThrow("close"), oneInt);
        fcntl = linker.downcallHandle(libc.findOrThrow("fcntl"), FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT),
                Linker.Option.firstVariadicArg(2));
        read = linker.downcallHandle(libc.findOrThrow("read"), io);
        write = linker.downcallHandle(libc.findOrThrow("write"), io);
    }

    private static Optional<Descriptors> link() {
        if (!System.getProperty("os.name", "").startsWith("Linux") || !Descriptors.class.getModule().isNativeAccessEnabled()) {
            return Optional.empty();
        }
        try {
            Linker linker = Linker.nativeLinker();
            return Optional.of(new Descriptors(linker, linker.defaultLookup()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The calls, or empty where they cannot be made. */
    public static Optional<Descriptors> get() {
        return INSTANCE;
    }

    /** A new pipe: {read end, write end}. */
    public int[] pipe() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment fds = arena.allocate(JAVA_INT, 2);
            check((int) pipe.invokeExact(fds), "pipe");
            return new int[] {fds.getAtIndex(JAVA_INT, 0), fds.getAtIndex(JAVA_INT, 1)};
        } catch (Throwable e) {
            throw failed("pipe", e);
        }
    }

    public int dup(int fd) {
        try {
            return check((int) dup.invokeExact(fd), "dup");
        } catch (Throwable e) {
            throw failed("dup", e);
        }
    }

    public void dup2(int from, int to) {
        try {
            check((int) dup2.invokeExact(from, to), "dup2");
        } catch (Throwable e) {
            throw failed("dup2", e);
        }
    }

    /** Points fd 2 at fd; returns a copy of what fd 2 was, for {@link #restoreStderr}. Nothing changes when it throws. */
    public int redirectStderr(int fd) {
        int saved = dup(STDERR);
        try {
            dup2(fd, STDERR);
        } catch (IllegalStateException e) {
            close(saved);
            throw e;
        }
        return saved;
    }

    /** Gives fd 2 back what {@link #redirectStderr} saved, and closes the copy. */
    public void restoreStderr(int saved) {
        try {
            dup2(saved, STDERR);
        } finally {
            close(saved);
        }
    }

    /** Closes fd; errors are ignored (there is nothing to do about them). */
    public void close(int fd) {
        try {
            int ignored = (int) close.invokeExact(fd);
        } catch (Throwable e) {
            // nothing to do
        }
    }

    public void setNonBlocking(int fd) {
        try {
            int flags = check((int) fcntl.invokeExact(fd, F_GETFL, 0), "fcntl");
            check((int) fcntl.invokeExact(fd, F_SETFL, flags | O_NONBLOCK), "fcntl");
        } catch (Throwable e) {
            throw failed("fcntl", e);
        }
    }

    /** What a non-blocking fd holds now, read until it has no more. */
    public byte[] drain(int fd) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buffer = arena.allocate(16384);
            long n = (long) read.invokeExact(fd, buffer, buffer.byteSize());
            while (n > 0) {
                bytes.write(buffer.asSlice(0, n).toArray(ValueLayout.JAVA_BYTE));
                n = (long) read.invokeExact(fd, buffer, buffer.byteSize());
            }
        } catch (Throwable e) {
            // what was read is still returned
        }
        return bytes.toByteArray();
    }

    /** Writes all of bytes to fd, as far as it takes them. */
    public void writeAll(int fd, byte[] bytes) {
        if (bytes.length == 0) return;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment segment = arena.allocate(bytes.length);
            MemorySegment.copy(bytes, 0, segment, ValueLayout.JAVA_BYTE, 0, bytes.length);
            long done = 0;
            long n = 1;
            while (done < bytes.length && n > 0) {
                n = (long) write.invokeExact(fd, segment.asSlice(done), (long) bytes.length - done);
                if (n > 0) done += n;
            }
        } catch (Throwable e) {
            // the descriptor is gone: nothing to tell
        }
    }

    private static int check(int result, String call) {
        if (result < 0) throw new IllegalStateException(call + "() failed");
        return result;
    }

    private static IllegalStateException failed(String call, Throwable e) {
        return e instanceof IllegalStateException s ? s : new IllegalStateException(call + "() failed: " + e, e);
    }
}
