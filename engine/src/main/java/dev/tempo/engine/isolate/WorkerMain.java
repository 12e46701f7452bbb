package dev.tempo.engine.isolate;

import dev.tempo.engine.events.FileResult;
import dev.tempo.engine.js.JsEngine;
import dev.tempo.engine.module.Transpiler;
import dev.tempo.engine.run.FileRunner;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * A worker process of {@code --isolate=process}: reads files to run from stdin, runs each in the usual
 * in-process way and streams its events back as {@link Wire} frames on the real stdout. Anything else
 * that prints to System.out goes to stderr, so the channel stays clean. After a file that crashed, or
 * that a thread of it could not be stopped, the worker exits: the parent starts a fresh one.
 */
public final class WorkerMain {
    static final long HEARTBEAT_MILLIS = 1000;
    /** Exit status of a worker that ended on purpose after a crashed file. */
    static final int EXIT_AFTER_CRASH = 70;

    private WorkerMain() {}

    public static void main(String[] args) throws IOException {
        DataOutputStream channel = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
        System.setOut(System.err);
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in));
        Thread.ofPlatform().daemon().name("tempo-heartbeat").start(() -> heartbeat(channel));
        Transpiler.warmUp();
        send(channel, Wire.HELLO, JsEngine.get().getImplementationName().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Wire.Frame frame;
        while ((frame = Wire.read(in)) != null) {
            if (frame.kind() != Wire.RUN) throw new IOException("unexpected frame kind " + frame.kind());
            EventCodec.Job job = EventCodec.job(frame.body());
            FileResult r = new FileRunner(job.file(), job.settings(), e -> send(channel, Wire.EVENT, EventCodec.event(e)), () -> false)
                    .onAbandoned(() -> {
                        done(channel);
                        Runtime.getRuntime().halt(EXIT_AFTER_CRASH); // its thread is blocked for good
                    })
                    .run();
            done(channel);
            if (r.status() == FileResult.FileStatus.CRASHED) Runtime.getRuntime().halt(EXIT_AFTER_CRASH);
        }
        channel.flush();
        System.exit(0);
    }

    private static void done(DataOutputStream channel) {
        long used = 0;
        long max = Runtime.getRuntime().maxMemory();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) used += pool.getCollectionUsage().getUsed();
        }
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(buf)) {
            out.writeLong(used);
            out.writeLong(max);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        send(channel, Wire.DONE, buf.toByteArray());
    }

    private static void send(DataOutputStream channel, byte kind, byte[] body) {
        try {
            Wire.write(channel, kind, body);
        } catch (IOException e) {
            Runtime.getRuntime().halt(1); // the parent is gone: nobody is listening
        }
    }

    private static void heartbeat(DataOutputStream channel) {
        while (true) {
            try {
                Thread.sleep(HEARTBEAT_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            send(channel, Wire.HEARTBEAT, new byte[0]);
        }
    }
}
