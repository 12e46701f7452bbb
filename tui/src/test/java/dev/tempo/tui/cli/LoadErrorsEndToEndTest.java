package dev.tempo.tui.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Files whose imports fail, reported as bun 1.4.5 reports them for the same files. */
class LoadErrorsEndToEndTest {

    @Test
    void aMissingPackageIsNamedAsWrittenWithTheImportingFile() throws Exception {
        CliRun run = CliRun.in("loaderrors", "test", "./missing-package.test.ts");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("error: Cannot find module '@scope/not-installed' from '"
                + CliRun.FIXTURES.resolve("loaderrors/missing-package.test.ts") + "'");
    }

    @Test
    void aCommonJsModuleThatThrowsWhileLoadingReportsItsOwnErrorNotAMissingExport() throws Exception {
        CliRun run = CliRun.in("loaderrors", "test", "./cjs-throws.test.ts");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err())
                .contains("error: boom failed while loading")
                .contains("at <anonymous> (" + CliRun.FIXTURES.resolve("loaderrors/node_modules/boom/index.js") + ":2:11)")
                .doesNotContain("does not provide an export named");
    }
}
