package dev.tempo.engine.module;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EsmPrologueTest {
    @Test
    void anImportedOrDeclaredNameCountsAsDeclared() {
        assertTrue(EsmPrologue.declares("import { require } from './r.js';", "require"));
        assertTrue(EsmPrologue.declares("import {\n  a,\n  require as require\n} from \"./r.js\"", "require"));
        assertTrue(EsmPrologue.declares("import * as require from './r.js'", "require"));
        assertTrue(EsmPrologue.declares("const require = createRequire(import.meta.url)", "require"));
        assertTrue(EsmPrologue.declares("const { require } = mod", "require"));
    }

    @Test
    void aLaterUseInCodeWithoutSemicolonsIsNotAnImport() {
        String code = """
                import {vi} from "vitest"
                import {produce} from "../src/immer"

                test("reads package.json", () => {
                	expect(require("../package.json").dependencies).toBeUndefined()
                })
                import {other} from "./other"
                """;
        assertFalse(EsmPrologue.declares(code, "require"));
    }
}
