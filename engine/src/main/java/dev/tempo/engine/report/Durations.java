package dev.tempo.engine.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Durations the way bun prints them.
 *
 * <ul>
 *   <li>A test: shown only above 10µs, always in milliseconds with two decimals; dim up to 10ms, the
 *       number bold up to 8s, yellow from 8s on.</li>
 *   <li>The run: whole milliseconds (truncated), shown as {@code 12.00ms} up to 1500ms and as
 *       {@code 1.53s} above; the number bold.</li>
 *   <li>JUnit XML: seconds, with six decimals at most for a test case (trailing zeros trimmed) and
 *       the shortest exact decimal for suites.</li>
 * </ul>
 */
public final class Durations {
    private static final long NS_PER_MS = 1_000_000L;
    private static final long FAST_NS = 10 * NS_PER_MS;
    private static final long SLOW_NS = 8_000 * NS_PER_MS;
    private static final long HIDDEN_NS = 10_000L;

    private Durations() {}

    /** "[0.12ms]" styled for a test line, or "" when the test took 10µs or less. */
    public static String test(double millis, Ansi a) {
        long ns = Math.round(millis * NS_PER_MS);
        if (ns <= HIDDEN_NS) return "";
        String ms = twoDecimals(millis) + "ms";
        if (ns <= FAST_NS) return a.fmt("<r><d>[") + ms + a.fmt("<r><d>]<r>");
        if (ns >= SLOW_NS) return a.fmt("<r><d>[<r><yellow>") + ms + a.fmt("<r><d>]<r>");
        return a.fmt("<r><d>[<b>") + ms + a.fmt("<r><d>]<r>");
    }

    /** "[174.00ms]" or "[1.64s]" styled for the summary's last line. */
    public static String run(double millis, Ansi a) {
        long whole = (long) millis;
        String value = whole <= 1500 ? twoDecimals(whole) + "ms" : twoDecimals(whole / 1000.0) + "s";
        return a.fmt("<r><d>[<b>") + value + a.fmt("<r><d>]<r>");
    }

    /** A test case's time attribute: seconds with up to six decimals, trailing zeros trimmed ("0.000286", "0"). */
    public static String junitTestSeconds(double millis) {
        String s = String.format(Locale.ROOT, "%.6f", Math.max(0, millis) / 1000.0);
        if (s.indexOf('.') >= 0) {
            int end = s.length();
            while (s.charAt(end - 1) == '0') end--;
            if (s.charAt(end - 1) == '.') end--;
            s = s.substring(0, end);
        }
        return s;
    }

    /** A number as its shortest exact decimal without exponent ("0.01395273", "0.03", "0"). */
    public static String plain(double value) {
        if (!Double.isFinite(value)) return "0";
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }

    /**
     * As {@code String.format(Locale.ROOT, "%.2f", value)} prints a finite value (half up, from the shortest
     * decimal that names the double), without a Formatter: this runs for every test line.
     */
    static String twoDecimals(double value) {
        if (!Double.isFinite(value) || value == 0) return String.format(Locale.ROOT, "%.2f", value); // and -0.00
        return new BigDecimal(Double.toString(value)).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
