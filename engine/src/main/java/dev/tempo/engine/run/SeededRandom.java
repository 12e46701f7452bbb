package dev.tempo.engine.run;

/**
 * The numbers --randomize --seed orders tests by: a small 32-bit generator (mulberry32), so one seed
 * gives one order on every machine.
 */
final class SeededRandom {
    private int state;

    SeededRandom(long seed) {
        int s = (int) seed;
        state = s == 0 ? 1 : s;
    }

    /** The next number in [0, 1). */
    double next() {
        state += 0x6d2b79f5;
        int t = state;
        t = (t ^ (t >>> 15)) * (t | 1);
        t ^= t + (t ^ (t >>> 7)) * (t | 61);
        return Integer.toUnsignedLong(t ^ (t >>> 14)) / 4294967296.0;
    }
}
