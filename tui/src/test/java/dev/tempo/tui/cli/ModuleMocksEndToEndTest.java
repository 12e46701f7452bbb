package dev.tempo.tui.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Module mocks through the CLI: bun's mock.module, jest.mock / vi.mock with hoisting, the registry, stubs. */
class ModuleMocksEndToEndTest {
    @Test
    void bunMockModuleBeforeAndAfterImport() {
        CliRun run = CliRun.in("modmock", "test", "bun-module.test.ts");
        assertThat(run.err()).contains(
                "(pass) mock.module before import: ESM, require, package and builtin",
                "(pass) mock.module after import updates what was imported",
                "(pass) an ES module mocked after it was imported stays that module, updated",
                "(pass) async factory",
                " 4 pass\n 0 fail");
        assertThat(run.exit()).isZero();
    }

    @Test
    void jestAndViMocksAreHoistedAboveImports() {
        CliRun run = CliRun.in("modmock", "test", "jest-hoist.test.ts", "vi-hoist.test.js");
        assertThat(run.err()).contains(
                "(pass) jest.mock is hoisted above the imports",
                "(pass) automock without a factory",
                "(pass) requireActual, requireMock, createMockFromModule",
                "(pass) vi.mock with vi.hoisted and importOriginal",
                "(pass) vi.importActual and vi.mocked",
                "(pass) hoisting keeps line numbers",
                " 6 pass\n 0 fail");
        assertThat(run.exit()).isZero();
    }

    @Test
    void commonJsRegistryResetAndIsolation() {
        CliRun run = CliRun.in("modmock", "test", "registry.test.cjs");
        assertThat(run.err()).contains(
                "(pass) jest.mock in CommonJS is hoisted above require",
                "(pass) resetModules gives fresh modules and runs factories again",
                "(pass) doMock, dontMock and isolateModules",
                "(pass) a virtual module",
                " 4 pass\n 0 fail");
        assertThat(run.exit()).isZero();
    }

    @Test
    void resetModulesGivesFreshEsModulesToDynamicImports() {
        CliRun run = CliRun.in("modmock", "test", "esm-reset.test.js");
        assertThat(run.err()).contains(
                "(pass) a module imported statically keeps its state",
                "(pass) after vi.resetModules a dynamic import is a fresh module, and so are its imports",
                "(pass) isolateModulesAsync gives fresh modules inside and the earlier ones after",
                " 3 pass\n 0 fail");
        assertThat(run.exit()).isZero();
    }

    @Test
    void aFailureInAFreshEsModuleIsReportedAtItsOwnFile() {
        CliRun run = CliRun.in("modmock", "test", "esm-reset-fails.test.js");
        assertThat(run.err()).contains("error: count failed", "src/esm-state/count.js:11:13)").doesNotContain("#tempo-fresh");
        assertThat(run.exit()).isEqualTo(1);
    }

    @Test
    void manualMocksInMocksDirectories() {
        CliRun run = CliRun.in("modmock", "test", "manual.test.cjs", "manual-esm.test.js");
        assertThat(run.err()).contains(
                "(pass) jest.mock without a factory uses the __mocks__ file next to the module",
                "(pass) a package or builtin uses __mocks__ in the project root",
                "(pass) a module with no manual mock is automocked",
                "(pass) vi.mock without a factory uses the ES module in __mocks__",
                " 4 pass\n 0 fail");
        assertThat(run.exit()).isZero();
    }

    @Test
    void replacePropertyAndViStubs() {
        CliRun run = CliRun.in("modmock", "test", "stubs.test.js");
        assertThat(run.err()).contains("(pass) replaceProperty and restoreAllMocks", "(pass) stubGlobal and stubEnv", " 2 pass\n 0 fail");
        assertThat(run.exit()).isZero();
    }
}
