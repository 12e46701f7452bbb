package dev.tempo.engine.isolate;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The framing between tempo and its worker processes: each frame is a magic number, a kind byte and a
 * length-prefixed body. The magic makes stray bytes on the channel (something a library printed to the
 * worker's real stdout) an error that says so, instead of a silently garbled event.
 */
final class Wire {
    static final int MAGIC = 0x7e4b0f01;

    /** Parent to worker: run this file (body: file and settings). */
    static final byte RUN = 1;
    /** Worker to parent: an event of the file being run (body: the event). */
    static final byte EVENT = 2;
    /** Worker to parent: the file is over (body: heap in use after the last collection, and the heap's maximum). */
    static final byte DONE = 3;
    /** Worker to parent: still alive (no body), sent every {@link WorkerMain#HEARTBEAT_MILLIS}. */
    static final byte HEARTBEAT = 4;
    /** Worker to parent, first: ready (body: the name of its JS runtime, "Interpreted" without a JIT). */
    static final byte HELLO = 5;

    record Frame(byte kind, byte[] body) {}

    private Wire() {}

    static void write(DataOutputStream out, byte kind, byte[] body) throws IOException {
        synchronized (out) {
            out.writeInt(MAGIC);
            out.writeByte(kind);
            out.writeInt(body.length);
            out.write(body);
            out.flush();
        }
    }

    /** The next frame, or null at the end of the stream. */
    static Frame read(DataInputStream in) throws IOException {
        int magic;
        try {
            magic = in.readInt();
        } catch (EOFException e) {
            return null;
        }
        if (magic != MAGIC) throw new IOException("the worker's channel is corrupted (read 0x" + Integer.toHexString(magic) + ")");
        byte kind = in.readByte();
        byte[] body = new byte[in.readInt()];
        in.readFully(body);
        return new Frame(kind, body);
    }

    // ---- values inside a body ----

    static void string(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    static String string(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) return null;
        byte[] b = new byte[n];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    static void strings(DataOutputStream out, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) string(out, s);
    }

    static List<String> strings(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(string(in));
        return out;
    }
}
