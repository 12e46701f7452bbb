package dev.tempo.engine.host;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyObject;

/**
 * Runs a child process to completion for node:child_process's synchronous functions (execSync,
 * execFileSync, spawnSync). Bytes cross as latin1 strings, as everywhere on the bridge.
 */
final class ChildProcesses {
    private ChildProcesses() {}

    /**
     * run(file, args, cwd, env, input, timeoutMillis, killSignal) -> {pid, status, signal, stdout, stderr,
     * error}: status null when a signal ended it (or it timed out: signal is then killSignal), error a
     * node error code ("ENOENT") when it could not start. env: [name, value, ...] or null to inherit.
     */
    static Object run(Value[] a) {
        List<String> command = new ArrayList<>();
        command.add(a[0].asString());
        for (long i = 0; i < a[1].getArraySize(); i++) command.add(a[1].getArrayElement(i).asString());
        ProcessBuilder pb = new ProcessBuilder(command);
        if (!a[2].isNull()) pb.directory(new File(a[2].asString()));
        if (!a[3].isNull()) {
            Map<String, String> env = pb.environment();
            env.clear();
            for (long i = 0; i + 1 < a[3].getArraySize(); i += 2) env.put(a[3].getArrayElement(i).asString(), a[3].getArrayElement(i + 1).asString());
        }
        byte[] input = a[4].isNull() ? new byte[0] : a[4].asString().getBytes(StandardCharsets.ISO_8859_1);
        long timeout = a[5].isNull() ? 0 : (long) a[5].asDouble();
        String killSignal = a[6].isNull() ? "SIGTERM" : a[6].asString();
        Map<String, Object> out = new LinkedHashMap<>();
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            String reason = String.valueOf(e.getMessage());
            out.put("error", reason.contains("error=2,") || reason.contains("No such file") ? "ENOENT"
                    : reason.contains("error=13,") ? "EACCES" : reason.contains("error=20,") ? "ENOTDIR" : "EIO");
            out.put("detail", reason);
            return ProxyObject.fromMap(out);
        }
        Drain stdout = new Drain(p.getInputStream());
        Drain stderr = new Drain(p.getErrorStream());
        stdout.start();
        stderr.start();
        try (OutputStream in = p.getOutputStream()) {
            in.write(input);
        } catch (IOException ignored) {
            // the child closed its input without reading all of it, as children may
        }
        boolean timedOut = false;
        try {
            if (timeout > 0) {
                timedOut = !p.waitFor(timeout, TimeUnit.MILLISECONDS);
                if (timedOut) {
                    kill(p, killSignal);
                    p.waitFor();
                }
            } else {
                p.waitFor();
            }
            stdout.join();
            stderr.join();
        } catch (InterruptedException e) {
            // the watchdog stopped the test: the child goes with it, and the interrupt is delivered as
            // soon as this call is back in JS. The child first: a shell whose own child died first would
            // go on to its next command (its children are listed before, as its death orphans them).
            List<ProcessHandle> descendants = p.descendants().toList();
            p.destroyForcibly();
            descendants.forEach(ProcessHandle::destroyForcibly);
            Thread.currentThread().interrupt();
            out.put("error", "EINTR");
            out.put("detail", "interrupted");
            return ProxyObject.fromMap(out);
        }
        out.put("pid", (double) p.pid());
        // (a child a signal ended reads as exit status 128 + N, as from a shell: only a timeout's kill is told apart)
        out.put("status", timedOut ? null : p.exitValue());
        out.put("signal", timedOut ? killSignal : null);
        out.put("stdout", stdout.latin1());
        out.put("stderr", stderr.latin1());
        return ProxyObject.fromMap(out);
    }

    private static void kill(Process p, String signal) {
        if ("SIGKILL".equals(signal) || "9".equals(signal)) p.destroyForcibly();
        else p.destroy();
    }

    /** Reads a child's output stream to its end on a thread of its own (both streams at once: no deadlock). */
    private static final class Drain extends Thread {
        private final InputStream in;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        Drain(InputStream in) {
            this.in = in;
            setDaemon(true);
            setName("tempo-child-output");
        }

        @Override
        public void run() {
            try (in) {
                in.transferTo(bytes);
            } catch (IOException ignored) {
                // the stream closed: what was read is kept
            }
        }

        String latin1() {
            return bytes.toString(StandardCharsets.ISO_8859_1);
        }
    }
}
