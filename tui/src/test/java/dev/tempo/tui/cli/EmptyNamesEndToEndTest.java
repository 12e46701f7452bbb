package dev.tempo.tui.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * test(''), it('') and describe('') as bun shows them: an empty name stays empty (bun's "(unnamed)" is only
 * the failed-hook pseudo-test), an empty describe adds no "x >" prefix and no JUnit suite, and -t never
 * matches a test whose full name is empty.
 */
class EmptyNamesEndToEndTest {
    private static List<String> testLines(CliRun run) {
        return run.stableErr().lines().filter(l -> l.startsWith("(")).toList();
    }

    @Test
    void emptyNamesPrintAsEmpty() {
        CliRun run = CliRun.in("names", "test", "--parallel=1");
        assertThat(run.exit()).isZero();
        assertThat(testLines(run)).containsExactly(
                "(pass)  [Xms]",
                "(pass)  [Xms]",
                "(pass) inner [Xms]",
                "(pass)  [Xms]",
                "(pass) named >  [Xms]");
    }

    @Test
    void junitKeepsEmptyNamesAndFlattensAnEmptyDescribe() throws Exception {
        Path xml = Files.createTempFile("tempo-names", ".xml");
        CliRun run = CliRun.in("names", "test", "--reporter=junit", "--reporter-outfile=" + xml);
        String report = Files.readString(xml);
        Files.delete(xml);
        assertThat(run.exit()).isZero();
        List<String> cases = report.lines().map(String::strip)
                .filter(l -> l.startsWith("<testcase") || l.startsWith("<testsuite name=\"named\""))
                .map(l -> l.replaceAll(" time=\"[^\"]*\"", "").replaceAll(" hostname=\"[^\"]*\"", "")).toList();
        assertThat(cases).containsExactly(
                "<testcase name=\"\" classname=\"\" file=\"names.test.js\" line=\"3\" assertions=\"0\" />",
                "<testcase name=\"\" classname=\"\" file=\"names.test.js\" line=\"4\" assertions=\"1\" />",
                "<testcase name=\"inner\" classname=\"\" file=\"names.test.js\" line=\"8\" assertions=\"0\" />",
                "<testcase name=\"\" classname=\"\" file=\"names.test.js\" line=\"9\" assertions=\"0\" />",
                "<testsuite name=\"named\" file=\"names.test.js\" tests=\"1\" assertions=\"0\" failures=\"0\" skipped=\"0\">",
                "<testcase name=\"\" classname=\"named\" file=\"names.test.js\" line=\"12\" assertions=\"0\" />");
    }

    @Test
    void aFilterNeverMatchesAnEmptyFullName() {
        CliRun any = CliRun.in("names", "test", "--parallel=1", "-t", "^");
        assertThat(testLines(any)).containsExactly("(pass) inner [Xms]", "(pass)  [Xms]", "(pass) named >  [Xms]");
        assertThat(any.stableErr()).contains(" 2 filtered out");

        CliRun empty = CliRun.in("names", "test", "--parallel=1", "-t", "^$");
        assertThat(empty.exit()).isEqualTo(1);
        assertThat(testLines(empty)).isEmpty();
        assertThat(empty.stableErr()).contains("regex \"^$\" matched 0 tests");
    }
}
