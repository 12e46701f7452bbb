package dev.tempo.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** --randomize --seed=N gives the order it gave when the runner was JS (mulberry32 over ToUint32(seed)). */
class SeededRandomTest {
    private static double[] three(long seed) {
        SeededRandom r = new SeededRandom(seed);
        return new double[] {r.next(), r.next(), r.next()};
    }

    @Test
    void sameSequenceAsTheJsGenerator() {
        // values from the JS implementation under node
        assertThat(three(42)).containsExactly(0.6011037519201636, 0.44829055899754167, 0.8524657934904099);
        assertThat(three(0)).containsExactly(0.6270739405881613, 0.002735721180215478, 0.5274470399599522);
        assertThat(three(4294967295L)).containsExactly(0.8964226141106337, 0.189478256739676, 0.7156526781618595);
        assertThat(three(123456789012L)).containsExactly(0.4485722673125565, 0.786885894369334, 0.7406047508120537);
    }
}
