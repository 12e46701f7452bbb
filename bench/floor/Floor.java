import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Source;

/**
 * The floor under a cold tempo run: the same GraalJS, JVM flags and start-up cache, one shared Engine and one
 * Context per file on N threads, but a test runtime of 70 lines (minimal-runtime.js: synchronous tests, the
 * matchers the generated corpora use, no events, no reporter). What tempo spends above this is its own.
 * Usage: java Floor DIR [THREADS]; prints "pass P fail F files N ms T".
 */
public final class Floor {
    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        Path dir = Path.of(args[0]);
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        Engine engine = Engine.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build();
        Path runtime = Path.of(System.getProperty("floor.runtime", "minimal-runtime.js"));
        Source harness = Source.newBuilder("js", Files.readString(runtime), "minimal-runtime.js").build();
        List<Path> files = new ArrayList<>();
        try (var s = Files.list(dir)) {
            s.filter(p -> p.getFileName().toString().matches(".*\\.test\\.js")).sorted().forEach(files::add);
        }
        ConcurrentLinkedQueue<Path> queue = new ConcurrentLinkedQueue<>(files);
        AtomicInteger pass = new AtomicInteger();
        AtomicInteger fail = new AtomicInteger();
        Thread[] workers = new Thread[threads];
        for (int i = 0; i < threads; i++) {
            workers[i] = Thread.ofPlatform().start(() -> {
                Path p;
                while ((p = queue.poll()) != null) {
                    try (Context c = Context.newBuilder("js").engine(engine).build()) {
                        c.eval(harness);
                        c.eval(Source.newBuilder("js", Files.readString(p), p.getFileName().toString()).build());
                        String[] r = c.eval("js", "__run()").asString().split(" ");
                        pass.addAndGet(Integer.parseInt(r[0]));
                        fail.addAndGet(Integer.parseInt(r[1]));
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            });
        }
        for (Thread t : workers) t.join();
        System.out.println("pass " + pass + " fail " + fail + " files " + files.size() + " ms " + (System.nanoTime() - t0) / 1_000_000);
    }
}
