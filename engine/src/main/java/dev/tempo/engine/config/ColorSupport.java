package dev.tempo.engine.config;

import java.util.Map;

/** Decides whether output may be coloured, the way bun and most CLIs do. */
public final class ColorSupport {
    private ColorSupport() {}

    /**
     * @param flag     {@code --color}/{@code --no-color} when given, else null
     * @param env      the process environment
     * @param terminal whether stdout is a terminal
     */
    public static boolean decide(Boolean flag, Map<String, String> env, boolean terminal) {
        if (flag != null) return flag;
        String noColor = env.get("NO_COLOR");
        if (noColor != null && !noColor.isEmpty()) return false;
        String force = env.get("FORCE_COLOR");
        if (force != null) {
            String f = force.trim();
            return !(f.equals("0") || f.equalsIgnoreCase("false"));
        }
        if ("dumb".equals(env.get("TERM"))) return false;
        return terminal;
    }

    /** Whether this JVM's stdout is attached to a terminal. */
    public static boolean stdoutIsTerminal() {
        var console = System.console();
        return console != null && console.isTerminal();
    }
}
