package dev.tempo.engine.js;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;

/**
 * The one polyglot {@link Engine} of the process. Every test file gets its own {@link Context} on it,
 * so parsed sources (tempo's own JS, users' shared modules) are reused while globals are not.
 */
public final class JsEngine {
    private static volatile Engine engine;

    private JsEngine() {}

    public static Engine get() {
        Engine e = engine;
        if (e == null) {
            synchronized (JsEngine.class) {
                e = engine;
                if (e == null) {
                    e = Engine.newBuilder("js")
                            .option("engine.WarnInterpreterOnly", "false")
                            .out(System.out)
                            .err(System.err)
                            .build();
                    engine = e;
                }
            }
        }
        return e;
    }

    /** A bare context for tempo's own JS (no user file system); tests of internal modules use it. */
    public static Context.Builder contextBuilder() {
        return Context.newBuilder("js")
                .engine(get())
                .allowExperimentalOptions(true)
                .option("js.text-encoding", "true")
                .option("js.performance", "true")
                // performance.now() to the nanosecond, as in bun (GraalJS rounds it to whole ms by default)
                .option("js.timer-resolution", "1")
                .option("js.esm-eval-returns-exports", "true")
                .option("js.esm-bare-specifier-relative-lookup", "true")
                // "staging": the finished proposals that bun (JavaScriptCore) already has and GraalJS keeps behind
                // this flag: Array.fromAsync, Error.isError, Math.sumPrecise, Uint8Array's base64 and hex,
                // JSON.rawJSON, Map/WeakMap getOrInsert, Iterator.concat, decorators
                .option("js.ecmascript-version", "staging")
                // V8's stack trace API, as in bun and Node: Error.captureStackTrace, Error.stackTraceLimit and
                // Error.prepareStackTrace(error, callSites) with CallSite objects (getFileName(), ...).
                .option("js.stack-trace-api", "true")
                // V8's d8 Realm API: node:vm's contexts are realms (set-up takes it off the global again)
                .option("js.v8-realm-builtin", "true")
                .option("js.unhandled-rejections", "handler")
                // bun's default locale whatever the environment says (GraalJS would take the JVM's, often "en")
                .option("js.locale", "en-US");
    }
}
