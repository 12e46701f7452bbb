package dev.tempo.engine.host;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyObject;

/**
 * DEFLATE in its three wrappings (zlib, raw, gzip) for node:zlib and Bun's compression functions, with the bytes
 * Node writes (a gzip header with no name, time 0 and OS 3) and zlib's own messages for bad input.
 */
final class Compression {
    private Compression() {}

    /** A failure in zlib's terms: its code and message. */
    private static final class ZlibError extends Exception {
        final String code;

        ZlibError(String code, String message) {
            super(message);
            this.code = code;
        }
    }

    /**
     * run(op, latin1Input, level) -> latin1 output, or {error: code, message}. op: deflate, deflateRaw, gzip,
     * inflate, inflateRaw, gunzip, unzip (gzip or zlib, by the header). level null for the default.
     */
    static Object run(Value[] a) {
        String op = a[0].asString();
        byte[] in = a[1].asString().getBytes(StandardCharsets.ISO_8859_1);
        int level = a[2].isNull() ? Deflater.DEFAULT_COMPRESSION : a[2].asInt();
        try {
            byte[] out = switch (op) {
                case "deflate" -> deflate(in, level, false);
                case "deflateRaw" -> deflate(in, level, true);
                case "gzip" -> gzip(in, level);
                case "inflate" -> inflate(in, 0, false).bytes;
                case "inflateRaw" -> inflate(in, 0, true).bytes;
                case "gunzip" -> gunzip(in);
                case "unzip" -> in.length >= 2 && (in[0] & 0xff) == 0x1f && (in[1] & 0xff) == 0x8b ? gunzip(in) : inflate(in, 0, false).bytes;
                default -> throw new IllegalArgumentException("unknown zlib operation " + op);
            };
            return new String(out, StandardCharsets.ISO_8859_1);
        } catch (ZlibError e) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("error", e.code);
            error.put("message", e.getMessage());
            return ProxyObject.fromMap(error);
        }
    }

    private static byte[] deflate(byte[] in, int level, boolean raw) {
        Deflater d = new Deflater(level, raw);
        try {
            d.setInput(in);
            d.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, in.length / 2));
            byte[] buf = new byte[8192];
            while (!d.finished()) out.write(buf, 0, d.deflate(buf));
            return out.toByteArray();
        } finally {
            d.end();
        }
    }

    private static byte[] gzip(byte[] in, int level) {
        byte[] body = deflate(in, level, true);
        CRC32 crc = new CRC32();
        crc.update(in);
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 18);
        out.writeBytes(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3});
        out.writeBytes(body);
        writeIntLE(out, (int) crc.getValue());
        writeIntLE(out, in.length);
        return out.toByteArray();
    }

    private static void writeIntLE(ByteArrayOutputStream out, int v) {
        out.write(v);
        out.write(v >>> 8);
        out.write(v >>> 16);
        out.write(v >>> 24);
    }

    private record Inflated(byte[] bytes, int end) {}

    /** Inflates from offset; end is where the compressed data stopped. */
    private static Inflated inflate(byte[] in, int offset, boolean raw) throws ZlibError {
        Inflater inf = new Inflater(raw);
        try {
            inf.setInput(in, offset, in.length - offset);
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, in.length * 3));
            byte[] buf = new byte[8192];
            while (!inf.finished()) {
                int n = inf.inflate(buf);
                if (n == 0) {
                    if (inf.needsDictionary()) throw new ZlibError("Z_NEED_DICT", "Missing dictionary");
                    if (inf.needsInput()) throw new ZlibError("Z_BUF_ERROR", "unexpected end of file");
                }
                out.write(buf, 0, n);
            }
            return new Inflated(out.toByteArray(), in.length - inf.getRemaining());
        } catch (DataFormatException e) {
            throw new ZlibError("Z_DATA_ERROR", e.getMessage() == null ? "invalid data" : e.getMessage());
        } finally {
            inf.end();
        }
    }

    /** Every gzip member in turn, their data joined (as Node does). */
    private static byte[] gunzip(byte[] in) throws ZlibError {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length * 3);
        int at = 0;
        do {
            if (in.length - at < 10 || (in[at] & 0xff) != 0x1f || (in[at + 1] & 0xff) != 0x8b) {
                if (at > 0) break; // trailing garbage after a member is ignored
                throw new ZlibError("Z_DATA_ERROR", "incorrect header check");
            }
            if (in[at + 2] != 8) throw new ZlibError("Z_DATA_ERROR", "unknown compression method");
            int flags = in[at + 3] & 0xff;
            int p = at + 10;
            if ((flags & 4) != 0) p += 2 + ((in[p] & 0xff) | (in[p + 1] & 0xff) << 8);
            if ((flags & 8) != 0) while (p < in.length && in[p++] != 0) { /* file name */ }
            if ((flags & 16) != 0) while (p < in.length && in[p++] != 0) { /* comment */ }
            if ((flags & 2) != 0) p += 2;
            if (p > in.length) throw new ZlibError("Z_BUF_ERROR", "unexpected end of file");
            Inflated member = inflate(in, p, true);
            if (in.length - member.end < 8) throw new ZlibError("Z_BUF_ERROR", "unexpected end of file");
            CRC32 crc = new CRC32();
            crc.update(member.bytes);
            int expected = (in[member.end] & 0xff) | (in[member.end + 1] & 0xff) << 8 | (in[member.end + 2] & 0xff) << 16
                    | (in[member.end + 3] & 0xff) << 24;
            if ((int) crc.getValue() != expected) throw new ZlibError("Z_DATA_ERROR", "incorrect data check");
            out.writeBytes(member.bytes);
            at = member.end + 8;
        } while (at < in.length);
        return out.toByteArray();
    }
}
