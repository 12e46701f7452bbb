package dev.tempo.engine.loop;

import java.util.HashMap;
import java.util.Map;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.graalvm.polyglot.proxy.ProxyObject;

/**
 * The {@link FakeClock} as the JS side sees it: an object of plain functions (proxy functions cross
 * the boundary several times faster than exported methods, and timers are called in the 100 000s).
 */
public final class FakeClockBridge {
    private FakeClockBridge() {}

    public static ProxyObject of(FakeClock c) {
        Map<String, Object> m = new HashMap<>();
        m.put("install", (ProxyExecutable) a -> { c.install(a[0].asDouble()); return null; });
        m.put("uninstall", (ProxyExecutable) a -> { c.uninstall(); return null; });
        m.put("now", (ProxyExecutable) a -> c.now());
        m.put("wallNow", (ProxyExecutable) a -> c.wallNow());
        m.put("setWallNow", (ProxyExecutable) a -> { c.setWallNow(a[0].asDouble()); return null; });
        m.put("schedule", (ProxyExecutable) a -> c.schedule(a[0], a[1].asDouble(), a[2].asBoolean(), orNull(a[3])));
        m.put("immediate", (ProxyExecutable) a -> c.immediate(a[0], orNull(a[1])));
        m.put("cancel", (ProxyExecutable) a -> c.cancel(a[0].asLong()));
        m.put("refresh", (ProxyExecutable) a -> c.refresh(a[0].asLong()));
        m.put("take", (ProxyExecutable) a -> c.take(a[0].asDouble()));
        m.put("takeImmediate", (ProxyExecutable) a -> c.takeImmediate());
        m.put("nextDue", (ProxyExecutable) a -> c.nextDue());
        m.put("lastDue", (ProxyExecutable) a -> c.lastDue());
        m.put("advanceTo", (ProxyExecutable) a -> { c.advanceTo(a[0].asDouble()); return null; });
        m.put("count", (ProxyExecutable) a -> c.count());
        m.put("clear", (ProxyExecutable) a -> { c.clear(); return null; });
        m.put("lastOrigin", (ProxyExecutable) a -> c.lastOrigin());
        m.put("autoAdvance", (ProxyExecutable) a -> { c.autoAdvance(a[0], a[1].asDouble()); return null; });
        return ProxyObject.fromMap(m);
    }

    private static Value orNull(Value v) {
        return v == null || v.isNull() ? null : v;
    }
}
