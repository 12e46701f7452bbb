package dev.tempo.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tempo.engine.events.RunEvent;
import dev.tempo.engine.events.RunListener;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The console reporters against bun's own output on the same projects (stderr byte for byte). */
class BunReporterGoldenTest {
    @TempDir
    Path root;

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({
        "basic, plain, default, false, false",
        "console, plain, default, false, false",
        "console, color, default, true, false",
        "console, onlyfail, default, false, true",
        "console, dots, dots, false, false",
        "console, dotscolor, dots, true, false",
        "frames, plain, default, false, false",
        "frames, color, default, true, false",
        "many, plain, default, false, false",
        "many, color, default, true, false",
        "dots, dots, dots, false, false",
        "dots, dotscolor, dots, true, false",
        "dots, onlyfail, default, false, true",
    })
    void matchesBun(String scenario, String variant, String reporter, boolean color, boolean onlyFailures) {
        Golden.copyFixture(scenario, root);
        Golden.Capture c = new Golden.Capture();
        ReporterOptions options = c.options(color, onlyFailures, root);
        RunListener listener = reporter.equals("dots") ? new DotsReporter(options) : new BunReporter(options);

        EventScript.feed(listener, GoldenScenarios.events(scenario, root, color));

        assertThat(c.err()).isEqualTo(Golden.expected(scenario, variant, root));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"basic", "frames"})
    void colourModeOfTheOtherScenarios(String scenario) {
        Golden.copyFixture(scenario, root);
        Golden.Capture c = new Golden.Capture();
        EventScript.feed(new BunReporter(c.options(true, false, root)), GoldenScenarios.events(scenario, root, true));

        assertThat(c.err()).isEqualTo(Golden.expected(scenario, "color", root));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"frames"})
    void githubActionsGroupsAndAnnotations(String scenario) {
        Golden.copyFixture(scenario, root);
        Golden.Capture c = new Golden.Capture();
        EventScript.feed(new BunReporter(c.options(false, false, root, true)), GoldenScenarios.events(scenario, root, false));

        assertThat(c.err()).isEqualTo(Golden.expected(scenario, "gha", root));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"basic", "many", "console"})
    void stdoutHasTheHeaderAndWhatTestsPrinted(String scenario) {
        Golden.copyFixture(scenario, root);
        Golden.Capture c = new Golden.Capture();
        List<RunEvent> events = GoldenScenarios.events(scenario, root, false);
        EventScript.feed(new BunReporter(c.options(false, false, root)), events);

        StringBuilder expected = new StringBuilder("tempo test v0.1.0\n");
        for (RunEvent e : events) {
            if (e instanceof RunEvent.ConsoleOutput o && o.stream() == RunEvent.Stream.STDOUT) expected.append(o.text());
        }
        assertThat(c.out()).isEqualTo(expected.toString());
    }
}
