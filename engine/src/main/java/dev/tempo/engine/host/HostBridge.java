package dev.tempo.engine.host;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.graalvm.polyglot.proxy.ProxyObject;

/**
 * The Java side of tempo's node builtins: file system, os facts and crypto primitives, put on the
 * host bridge object that internal JS modules reach with {@code require('../internal/host')}.
 *
 * <p>Layout: {@code bridge.fs.*}, {@code bridge.os.*}, {@code bridge.crypto.*}, plus
 * {@code bridge.nanoTime()}, {@code bridge.pid()} and {@code bridge.cwd()}.
 *
 * <p><b>Bytes</b> cross the boundary as <em>latin1 strings</em>: one char (0..255) per byte. Java
 * turns them into {@code byte[]} with {@code ISO_8859_1}, JS into a Uint8Array with
 * {@code charCodeAt}. Text files go as ordinary (UTF-8 decoded) strings.
 *
 * <p><b>Errors</b> are never thrown across: a failing fs call returns an error record
 * {@code {$err: 'ENOENT', detail: '...'}}; the JS wrapper ({@code node/fs}) turns it into a
 * Node-shaped error ({@code code}, {@code errno}, {@code syscall}, {@code path}).
 */
public final class HostBridge {
    private HostBridge() {}

    private static final SecureRandom RANDOM = new SecureRandom();

    public static void install(Context context, Value bridge) {
        bridge.putMember("fs", ProxyObject.fromMap(fs()));
        bridge.putMember("os", ProxyObject.fromMap(os()));
        bridge.putMember("crypto", ProxyObject.fromMap(crypto()));
        bridge.putMember("nanoTime", fn(a -> (double) System.nanoTime()));
        bridge.putMember("pid", fn(a -> ProcessHandle.current().pid()));
        bridge.putMember("cwd", fn(a -> System.getProperty("user.dir")));
        bridge.putMember("runProcess", (ProxyExecutable) ChildProcesses::run);
        bridge.putMember("httpFetch", (ProxyExecutable) HttpFetch::fetch);
        bridge.putMember("zlib", (ProxyExecutable) Compression::run);
        // dataToJs(type, text) -> the text of a JS expression for TOML's or YAML's value, or {error: message}
        bridge.putMember("dataToJs", (ProxyExecutable) a -> {
            try {
                return dev.tempo.engine.module.TypedModules.valueExpression(a[0].asString(), a[1].asString());
            } catch (IllegalArgumentException e) {
                return ProxyObject.fromMap(java.util.Map.of("error", String.valueOf(e.getMessage())));
            }
        });
        // Bun.gc(): a full collection, then the bytes of heap in use (bun returns its heap size)
        bridge.putMember("gc", fn(a -> {
            System.gc();
            Runtime r = Runtime.getRuntime();
            return (double) (r.totalMemory() - r.freeMemory());
        }));
        bridge.putMember("promiseState", (ProxyExecutable) a -> promiseState(a[0]));
        bridge.putMember("diffLines", fn(a -> ProxyArray.fromList(new ArrayList<Object>(LineDiff.ops(strings(a[0]), strings(a[1]))))));
    }

    private static final String PROMISE_STATUS = "[[PromiseStatus]]: \"";

    /**
     * A promise's state, which plain JS cannot read: "pending", "resolved" or "rejected" (GraalJS's display
     * text of a promise starts with it); null for anything else.
     */
    static String promiseState(Value promise) {
        String text = promise.toString();
        if (!text.startsWith("Promise{" + PROMISE_STATUS)) return null;
        int from = "Promise{".length() + PROMISE_STATUS.length();
        int end = text.indexOf('"', from);
        return end < 0 ? null : text.substring(from, end);
    }

    /** A JS array of strings as a Java list. */
    public static List<String> strings(Value array) {
        List<String> out = new ArrayList<>((int) array.getArraySize());
        for (long i = 0; i < array.getArraySize(); i++) out.add(array.getArrayElement(i).asString());
        return out;
    }

    @FunctionalInterface
    private interface Body {
        Object run(Value[] args) throws Exception;
    }

    /** A host function; IO failures become error records instead of exceptions. */
    private static ProxyExecutable fn(Body body) {
        return args -> {
            try {
                return body.run(args);
            } catch (Exception e) {
                return error(e);
            }
        };
    }

    private static Object error(Exception e) {
        String code;
        String reason = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason() : String.valueOf(e.getMessage());
        if (e instanceof NoSuchFileException) code = "ENOENT";
        else if (e instanceof FileAlreadyExistsException) code = "EEXIST";
        else if (e instanceof DirectoryNotEmptyException) code = "ENOTEMPTY";
        else if (e instanceof AccessDeniedException) code = "EACCES";
        else if (e instanceof NotDirectoryException) code = "ENOTDIR";
        else if (e instanceof NotLinkException) code = "EINVAL";
        else if (e instanceof FileSystemLoopException) code = "ELOOP";
        else if (e instanceof NodeError ne) code = ne.code;
        else if (reason.contains("Is a directory")) code = "EISDIR";
        else if (reason.contains("Not a directory")) code = "ENOTDIR";
        else if (reason.contains("Directory not empty")) code = "ENOTEMPTY";
        else if (reason.contains("No such file")) code = "ENOENT";
        else if (reason.contains("File exists")) code = "EEXIST";
        else if (reason.contains("Permission denied")) code = "EACCES";
        else if (e instanceof IOException) code = "EIO";
        else code = "EINVAL";
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("$err", code);
        m.put("detail", e.getClass().getSimpleName() + ": " + reason);
        return ProxyObject.fromMap(m);
    }

    /** An error with a chosen Node code, for conditions Java does not treat as errors. */
    private static final class NodeError extends IOException {
        final String code;

        NodeError(String code) {
            super(code);
            this.code = code;
        }
    }

    private static Path path(Value v) {
        return Path.of(v.asString());
    }

    private static byte[] bytes(Value v) {
        return v.asString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String latin1(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    private static boolean flag(Value[] a, int i) {
        return a.length > i && !a[i].isNull() && a[i].asBoolean();
    }

    // ---- fs ---------------------------------------------------------------------------------

    private static Map<String, Object> fs() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("readText", fn(a -> {
            Path p = path(a[0]);
            if (Files.isDirectory(p)) throw new NodeError("EISDIR");
            return Files.readString(p, StandardCharsets.UTF_8);
        }));
        m.put("readBytes", fn(a -> {
            Path p = path(a[0]);
            if (Files.isDirectory(p)) throw new NodeError("EISDIR");
            return latin1(Files.readAllBytes(p));
        }));
        // writeText(path, text, append) / writeBytes(path, latin1, append)
        m.put("writeText", fn(a -> {
            write(path(a[0]), a[1].asString().getBytes(StandardCharsets.UTF_8), flag(a, 2));
            return null;
        }));
        m.put("writeBytes", fn(a -> {
            write(path(a[0]), bytes(a[1]), flag(a, 2));
            return null;
        }));
        m.put("exists", fn(a -> Files.exists(path(a[0]))));
        // stat(path, followLinks)
        m.put("stat", fn(a -> stat(path(a[0]), a.length < 2 || flag(a, 1))));
        // readdir(path) -> [[name, type]...], type one of file, dir, symlink, other
        m.put("readdir", fn(a -> {
            Path p = path(a[0]);
            if (!Files.exists(p)) throw new NoSuchFileException(p.toString());
            if (!Files.isDirectory(p)) throw new NodeError("ENOTDIR");
            List<Object> out = new ArrayList<>();
            try (Stream<Path> s = Files.list(p)) {
                s.map(c -> c.getFileName().toString()).sorted().forEach(name -> {
                    Path c = p.resolve(name);
                    String type = Files.isSymbolicLink(c) ? "symlink"
                            : Files.isDirectory(c, LinkOption.NOFOLLOW_LINKS) ? "dir"
                            : Files.isRegularFile(c, LinkOption.NOFOLLOW_LINKS) ? "file" : "other";
                    out.add(ProxyArray.fromArray(name, type));
                });
            }
            return ProxyArray.fromList(out);
        }));
        // mkdir(path, recursive) -> first directory created (recursive) or null
        m.put("mkdir", fn(a -> {
            Path p = path(a[0]);
            if (flag(a, 1)) {
                if (Files.isDirectory(p)) return null;
                Path first = p;
                Path cur = p.toAbsolutePath().getParent();
                while (cur != null && !Files.exists(cur)) {
                    first = cur;
                    cur = cur.getParent();
                }
                Files.createDirectories(p);
                return first.toString();
            }
            Files.createDirectory(p);
            return null;
        }));
        // rm(path, recursive): removes a file, or a directory tree when recursive
        m.put("rm", fn(a -> {
            Path p = path(a[0]);
            if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) throw new NoSuchFileException(p.toString());
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                if (!flag(a, 1)) throw new NodeError("EISDIR");
                try (Stream<Path> s = Files.walk(p)) {
                    for (Path c : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(c);
                }
            } else {
                Files.delete(p);
            }
            return null;
        }));
        m.put("unlink", fn(a -> {
            Path p = path(a[0]);
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) throw new NodeError("EISDIR");
            Files.delete(p);
            return null;
        }));
        m.put("rmdir", fn(a -> {
            Path p = path(a[0]);
            if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) throw new NoSuchFileException(p.toString());
            if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) throw new NodeError("ENOTDIR");
            Files.delete(p);
            return null;
        }));
        m.put("rename", fn(a -> {
            Files.move(path(a[0]), path(a[1]), StandardCopyOption.REPLACE_EXISTING);
            return null;
        }));
        // copyFile(src, dest, exclusive)
        m.put("copyFile", fn(a -> {
            Path src = path(a[0]);
            if (Files.isDirectory(src)) throw new NodeError("EISDIR");
            if (flag(a, 2)) Files.copy(src, path(a[1]));
            else Files.copy(src, path(a[1]), StandardCopyOption.REPLACE_EXISTING);
            return null;
        }));
        m.put("realpath", fn(a -> path(a[0]).toRealPath().toString()));
        // mkdtemp(prefix): prefix + 6 random characters, created
        m.put("mkdtemp", fn(a -> {
            String prefix = a[0].asString();
            String chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
            for (int attempt = 0; ; attempt++) {
                StringBuilder sb = new StringBuilder(prefix);
                for (int i = 0; i < 6; i++) sb.append(chars.charAt(RANDOM.nextInt(chars.length())));
                Path p = Path.of(sb.toString());
                try {
                    Files.createDirectory(p);
                    return p.toString();
                } catch (FileAlreadyExistsException e) {
                    if (attempt > 100) throw e;
                }
            }
        }));
        m.put("tmpdir", fn(a -> tmpdir()));
        // access(path, mode): mode bits R=4 W=2 X=1 (0 = exists)
        m.put("access", fn(a -> {
            Path p = path(a[0]);
            int mode = a.length > 1 && a[1].isNumber() ? a[1].asInt() : 0;
            if (!Files.exists(p)) throw new NoSuchFileException(p.toString());
            if ((mode & 4) != 0 && !Files.isReadable(p)) throw new AccessDeniedException(p.toString());
            if ((mode & 2) != 0 && !Files.isWritable(p)) throw new AccessDeniedException(p.toString());
            if ((mode & 1) != 0 && !Files.isExecutable(p)) throw new AccessDeniedException(p.toString());
            return null;
        }));
        m.put("chmod", fn(a -> {
            Files.setPosixFilePermissions(path(a[0]), perms(a[1].asInt()));
            return null;
        }));
        // utimes(path, atimeMs, mtimeMs)
        m.put("utimes", fn(a -> {
            Path p = path(a[0]);
            Files.setLastModifiedTime(p, FileTime.fromMillis((long) a[2].asDouble()));
            Files.setAttribute(p, "basic:lastAccessTime", FileTime.fromMillis((long) a[1].asDouble()));
            return null;
        }));
        m.put("symlink", fn(a -> {
            Files.createSymbolicLink(path(a[1]), path(a[0]));
            return null;
        }));
        m.put("readlink", fn(a -> Files.readSymbolicLink(path(a[0])).toString()));
        return m;
    }

    private static void write(Path p, byte[] data, boolean append) throws IOException {
        if (Files.isDirectory(p)) throw new NodeError("EISDIR");
        if (append) {
            Files.write(p, data, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        } else {
            Files.write(p, data);
        }
    }

    private static Set<PosixFilePermission> perms(int mode) {
        Set<PosixFilePermission> s = new HashSet<>();
        PosixFilePermission[] order = {
            PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
            PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ,
        };
        for (int i = 0; i < 9; i++) if ((mode & (1 << i)) != 0) s.add(order[i]);
        return s;
    }

    private static Object stat(Path p, boolean follow) throws IOException {
        LinkOption[] opts = follow ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
        BasicFileAttributes b = Files.readAttributes(p, BasicFileAttributes.class, opts);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("size", (double) b.size());
        m.put("mtimeMs", (double) b.lastModifiedTime().toMillis());
        m.put("atimeMs", (double) b.lastAccessTime().toMillis());
        m.put("birthtimeMs", (double) b.creationTime().toMillis());
        m.put("ctimeMs", (double) b.lastModifiedTime().toMillis());
        m.put("isFile", b.isRegularFile());
        m.put("isDirectory", b.isDirectory());
        m.put("isSymbolicLink", b.isSymbolicLink());
        int mode = 0;
        try {
            Map<String, Object> u = Files.readAttributes(p, "unix:mode,ino,dev,nlink,uid,gid,ctime", opts);
            mode = ((Number) u.get("mode")).intValue();
            m.put("ino", ((Number) u.get("ino")).doubleValue());
            m.put("dev", ((Number) u.get("dev")).doubleValue());
            m.put("nlink", ((Number) u.get("nlink")).doubleValue());
            m.put("uid", ((Number) u.get("uid")).doubleValue());
            m.put("gid", ((Number) u.get("gid")).doubleValue());
            m.put("ctimeMs", (double) ((FileTime) u.get("ctime")).toMillis());
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            int type = b.isDirectory() ? 0040000 : b.isSymbolicLink() ? 0120000 : 0100000;
            mode = type | (b.isDirectory() ? 0755 : 0644);
        }
        m.put("mode", mode);
        return ProxyObject.fromMap(m);
    }

    private static String tmpdir() {
        String t = System.getProperty("java.io.tmpdir");
        if (t.length() > 1 && t.endsWith("/")) t = t.substring(0, t.length() - 1);
        return t;
    }

    // ---- os ---------------------------------------------------------------------------------

    private static Map<String, Object> os() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("hostname", fn(a -> {
            try {
                return InetAddress.getLocalHost().getHostName();
            } catch (IOException e) {
                String h = System.getenv("HOSTNAME");
                return h != null ? h : "localhost";
            }
        }));
        m.put("platform", fn(a -> platform()));
        m.put("type", fn(a -> switch (platform()) {
            case "darwin" -> "Darwin";
            case "win32" -> "Windows_NT";
            case "linux" -> "Linux";
            default -> System.getProperty("os.name");
        }));
        m.put("release", fn(a -> System.getProperty("os.version")));
        m.put("arch", fn(a -> arch()));
        m.put("cpus", fn(a -> Runtime.getRuntime().availableProcessors()));
        m.put("totalmem", fn(a -> (double) memory(true)));
        m.put("freemem", fn(a -> (double) memory(false)));
        m.put("EOL", fn(a -> System.lineSeparator()));
        m.put("homedir", fn(a -> System.getProperty("user.home")));
        m.put("tmpdir", fn(a -> tmpdir()));
        m.put("uptime", fn(a -> ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0));
        m.put("loadavg", fn(a -> Math.max(0, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage())));
        m.put("userInfo", fn(a -> {
            Map<String, Object> u = new LinkedHashMap<>();
            u.put("username", System.getProperty("user.name"));
            u.put("homedir", System.getProperty("user.home"));
            String shell = System.getenv("SHELL");
            u.put("shell", shell);
            int uid = -1, gid = -1;
            try {
                Path home = Path.of(System.getProperty("user.home"));
                uid = ((Number) Files.getAttribute(home, "unix:uid")).intValue();
                gid = ((Number) Files.getAttribute(home, "unix:gid")).intValue();
            } catch (Exception ignored) {
                // not a unix file system
            }
            u.put("uid", uid);
            u.put("gid", gid);
            return ProxyObject.fromMap(u);
        }));
        return m;
    }

    private static String platform() {
        String n = System.getProperty("os.name").toLowerCase();
        if (n.contains("linux")) return "linux";
        if (n.contains("mac") || n.contains("darwin")) return "darwin";
        if (n.contains("win")) return "win32";
        if (n.contains("freebsd")) return "freebsd";
        return n;
    }

    private static String arch() {
        String a = System.getProperty("os.arch");
        return switch (a) {
            case "amd64", "x86_64" -> "x64";
            case "aarch64" -> "arm64";
            case "x86", "i386" -> "ia32";
            default -> a;
        };
    }

    private static long memory(boolean total) {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return total ? os.getTotalMemorySize() : os.getFreeMemorySize();
        }
        return total ? Runtime.getRuntime().maxMemory() : Runtime.getRuntime().freeMemory();
    }

    // ---- crypto -----------------------------------------------------------------------------

    private static Map<String, Object> crypto() {
        Map<String, Object> m = new LinkedHashMap<>();
        // hash(algorithm, latin1Data) -> latin1 digest
        m.put("hash", fn(a -> latin1(MessageDigest.getInstance(digestName(a[0].asString())).digest(bytes(a[1])))));
        // hmac(algorithm, latin1Key, latin1Data) -> latin1 digest
        m.put("hmac", fn(a -> {
            String alg = "Hmac" + digestName(a[0].asString()).replace("-", "");
            Mac mac = Mac.getInstance(alg);
            byte[] key = bytes(a[1]);
            // SecretKeySpec refuses empty keys; HMAC zero-pads keys, so one zero byte is equivalent.
            mac.init(new SecretKeySpec(key.length == 0 ? new byte[1] : key, alg));
            return latin1(mac.doFinal(bytes(a[2])));
        }));
        m.put("randomBytes", fn(a -> {
            byte[] b = new byte[a[0].asInt()];
            RANDOM.nextBytes(b);
            return latin1(b);
        }));
        m.put("hashes", fn(a -> ProxyArray.fromArray((Object[]) new String[] {
            "md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3-256", "sha3-512"})));
        return m;
    }

    private static String digestName(String node) {
        return switch (node.toLowerCase()) {
            case "md5" -> "MD5";
            case "sha1", "sha-1" -> "SHA-1";
            case "sha224", "sha-224" -> "SHA-224";
            case "sha256", "sha-256" -> "SHA-256";
            case "sha384", "sha-384" -> "SHA-384";
            case "sha512", "sha-512" -> "SHA-512";
            case "sha3-256" -> "SHA3-256";
            case "sha3-384" -> "SHA3-384";
            case "sha3-512" -> "SHA3-512";
            default -> node;
        };
    }
}
