package dev.tempo.engine.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportersTest {
    @TempDir
    Path root;

    private final Golden.Capture c = new Golden.Capture();

    @Test
    void defaultDotsAndJunitPickTheirListeners() {
        ReporterOptions o = c.options(false, false, root);
        assertThat(Reporters.create(null, o, null)).singleElement().isExactlyInstanceOf(BunReporter.class);
        assertThat(Reporters.create("default", o, null)).singleElement().isExactlyInstanceOf(BunReporter.class);
        assertThat(Reporters.create("dots", o, null)).singleElement().isInstanceOf(DotsReporter.class);
        assertThat(Reporters.create("dot", o, null)).singleElement().isInstanceOf(DotsReporter.class);
        assertThat(Reporters.create("junit", o, root.resolve("out.xml")))
                .extracting(Object::getClass).containsExactly(BunReporter.class, JUnitXmlReporter.class);
    }

    @Test
    void junitNeedsAnOutfileAndUnknownNamesAreRefusedAsBunRefusesThem() {
        ReporterOptions o = c.options(false, false, root);
        assertThatThrownBy(() -> Reporters.create("junit", o, null))
                .hasMessage("--reporter=junit requires --reporter-outfile [file] to specify where to save the XML report");
        assertThatThrownBy(() -> Reporters.create("tap", o, null))
                .hasMessage("unsupported reporter format 'tap'. Available options: 'junit' (for XML test results), 'dots'");
    }

    @Test
    void optionsWithoutARootUseTheWorkingDirectory() {
        ReporterOptions o = new ReporterOptions(true, false, "0.1.0", c.outStream, c.errStream);
        assertThat(o.projectRoot()).isEqualTo(Path.of("").toAbsolutePath());
        assertThat(o.githubActions()).isFalse();
    }
}
