package dev.tempo.engine.js;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

/** Installs the internal module loader into a context and returns {@code requireInternal}. */
public final class JsBootstrap {
    private JsBootstrap() {}

    /**
     * Evaluates {@code bootstrap.js} with a bridge whose {@code compileInternal(id)} returns the wrapped
     * function of an internal module. The returned value is the JS function {@code requireInternal(id)}.
     */
    public static Value install(Context context, Value bridge) {
        bridge.putMember("resolveInternal", (ProxyExecutable) args -> InternalModules.resolve(args[0].asString(), args[1].asString()));
        bridge.putMember("compileInternal", (ProxyExecutable) args -> {
            Source src = InternalModules.source(args[0].asString());
            return src == null ? null : context.eval(src);
        });
        Value factory = context.eval(bootstrapSource());
        return factory.execute(bridge);
    }

    private static volatile Source bootstrap;

    private static Source bootstrapSource() {
        Source s = bootstrap;
        if (s == null) {
            try (var in = JsBootstrap.class.getClassLoader().getResourceAsStream("tempo/js/bootstrap.js")) {
                s = Source.newBuilder("js", new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8),
                        "tempo:bootstrap.js").cached(true).buildLiteral();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            bootstrap = s;
        }
        return s;
    }
}
