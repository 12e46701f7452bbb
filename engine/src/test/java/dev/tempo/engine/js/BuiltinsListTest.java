package dev.tempo.engine.js;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tempo.engine.host.HostBridge;
import dev.tempo.engine.module.ModuleResolver;
import java.util.ArrayList;
import java.util.List;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

/**
 * The builtins the JS runtime provides ({@code node/builtins.js}) must all be names the resolver knows
 * ({@link ModuleResolver#NODE_BUILTINS}), else an import of one would never reach the runtime; and each
 * must map to an internal module that exists.
 */
class BuiltinsListTest {

    @Test
    void everySupportedBuiltinIsKnownToTheResolverAndHasAModule() {
        try (Context context = JsEngine.contextBuilder().build()) {
            Value bridge = context.eval("js", "({})");
            HostBridge.install(context, bridge);
            Value builtins = JsBootstrap.install(context, bridge).execute("node/builtins");
            Value names = builtins.getMember("names");
            List<String> list = new ArrayList<>();
            for (long i = 0; i < names.getArraySize(); i++) list.add(names.getArrayElement(i).asString());

            assertThat(list).isNotEmpty().doesNotHaveDuplicates();
            assertThat(ModuleResolver.NODE_BUILTINS).containsAll(list);
            for (String name : list) {
                Value id = builtins.getMember("idFor").execute("node:" + name);
                assertThat(id.isString()).as("idFor(node:%s)", name).isTrue();
                assertThat(InternalModules.exists(id.asString())).as("internal module %s for %s", id, name).isTrue();
            }
            assertThat(builtins.getMember("isSupported").execute("node:net").asBoolean()).isFalse();
        }
    }
}
