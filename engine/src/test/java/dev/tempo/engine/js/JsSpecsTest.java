package dev.tempo.engine.js;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import dev.tempo.engine.host.HostBridge;
import dev.tempo.engine.loop.FakeClock;
import dev.tempo.engine.loop.FakeClockBridge;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the specs of tempo's own JavaScript: every {@code src/test/resources/js-specs/*.spec.js}.
 * A spec file registers checks with {@code spec(name, fn)} and uses the helpers of
 * {@code _harness.js} ({@code eq}, {@code ok}, {@code throws}); {@code requireInternal(id)} loads
 * tempo's internal modules. Each check becomes one JUnit test; async checks are awaited.
 */
class JsSpecsTest {
    private static final Path SPECS = Path.of("src/test/resources/js-specs");

    @TestFactory
    Stream<DynamicNode> specs() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(SPECS)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".spec.js")).sorted().toList();
        }
        return files.stream().map(JsSpecsTest::container);
    }

    private static DynamicNode container(Path file) {
        List<DynamicTest> tests = new ArrayList<>();
        Context context = JsEngine.contextBuilder().build();
        try {
            Value bridge = context.eval("js", "({})");
            HostBridge.install(context, bridge);
            bridge.putMember("newFakeClock", (ProxyExecutable) a -> FakeClockBridge.of(new FakeClock()));
            Value requireInternal = JsBootstrap.install(context, bridge);
            Value global = context.getBindings("js");
            global.putMember("requireInternal", requireInternal);
            context.eval(Source.newBuilder("js", SPECS.resolve("_harness.js").toFile()).build());
            context.eval(Source.newBuilder("js", file.toFile()).build());
        } catch (IOException | PolyglotException e) {
            tests.add(DynamicTest.dynamicTest("load " + file.getFileName(), () -> fail("spec file failed to load: " + e)));
            return DynamicContainer.dynamicContainer(file.getFileName().toString(), tests);
        }
        Value registered = context.getBindings("js").getMember("__specs");
        for (long i = 0; i < registered.getArraySize(); i++) {
            Value entry = registered.getArrayElement(i);
            String name = entry.getMember("name").asString();
            Value run = entry.getMember("run");
            tests.add(DynamicTest.dynamicTest(name, () -> {
                Value outcome = run.execute();
                // run() settles its promise into outcome.{done,error} as microtasks drain after execute().
                if (!outcome.getMember("done").asBoolean()) fail("spec did not settle (pending promise): " + name);
                Value error = outcome.getMember("error");
                if (!error.isNull()) fail(error.asString());
            }));
        }
        return DynamicContainer.dynamicContainer(file.getFileName().toString(), tests);
    }
}
