package dev.tempo.themes;

/** A 24-bit colour, and its nearest neighbours in the xterm 256-colour and 16-colour palettes. */
public record Rgb(int r, int g, int b) {
    private static final int[] CUBE = {0, 95, 135, 175, 215, 255};

    /** "#rrggbb", or null when the text is not one. */
    public static Rgb parse(String text) {
        if (text == null || !text.matches("#[0-9a-fA-F]{6}")) return null;
        int v = Integer.parseInt(text.substring(1), 16);
        return new Rgb(v >> 16 & 0xff, v >> 8 & 0xff, v & 0xff);
    }

    /** The nearest entry of the xterm palette's colour cube (16-231) or grey ramp (232-255). */
    public int nearest256() {
        int ri = cubeIndex(r), gi = cubeIndex(g), bi = cubeIndex(b);
        int cube = 16 + 36 * ri + 6 * gi + bi;
        Rgb cubeColor = new Rgb(CUBE[ri], CUBE[gi], CUBE[bi]);
        int avg = (r + g + b) / 3;
        int greyIndex = avg > 238 ? 23 : Math.max(0, (avg - 3) / 10);
        int greyLevel = 8 + 10 * greyIndex;
        Rgb grey = new Rgb(greyLevel, greyLevel, greyLevel);
        return distance(grey) < distance(cubeColor) ? 232 + greyIndex : cube;
    }

    /** The nearest of the 16 standard terminal colours. */
    public AnsiColor nearest16() {
        AnsiColor best = AnsiColor.WHITE;
        int bestDistance = Integer.MAX_VALUE;
        for (AnsiColor c : AnsiColor.values()) {
            int d = distance(c.rgb());
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        return best;
    }

    int distance(Rgb o) {
        int dr = r - o.r, dg = g - o.g, db = b - o.b;
        return 3 * dr * dr + 4 * dg * dg + 2 * db * db; // weighted towards how eyes see
    }

    private static int cubeIndex(int v) {
        if (v < 48) return 0;
        if (v < 115) return 1;
        return (v - 35) / 40;
    }

    public String hex() {
        return String.format("#%02x%02x%02x", r, g, b);
    }
}
