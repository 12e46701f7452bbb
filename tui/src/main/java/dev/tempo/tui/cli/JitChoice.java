package dev.tempo.tui.cli;

import java.util.Locale;
import java.util.Map;

/** TEMPO_JIT: 1/true/on asks for {@code --jit}, 0/false/off for {@code --no-jit}; it outranks bunfig, a flag outranks it. */
final class JitChoice {
    static final String VARIABLE = "TEMPO_JIT";

    private JitChoice() {}

    /** What the variable asks for, or null when it is unset or empty. */
    static Boolean fromEnv(Map<String, String> env) throws UsageException {
        String v = env.get(VARIABLE);
        if (v == null || v.isBlank()) return null;
        return switch (v.trim().toLowerCase(Locale.ROOT)) {
            case "1", "true", "on", "yes" -> true;
            case "0", "false", "off", "no" -> false;
            default -> throw new UsageException(VARIABLE + " expects 1 or 0, received \"" + v + "\"");
        };
    }
}
