package dev.tempo.engine.module;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class BareImportsTest {
    @Test
    void findsStaticDynamicAndReexportedBareSpecifiers() {
        String code = """
                import * as redux from "redux";
                import "side-effect";
                export { x } from '@scope/pkg/sub';
                import { a } from "./local";
                import b from "../up.js";
                import fs from "node:fs";
                const later = () => import("lazy");
                """;
        assertEquals(Set.of("redux", "side-effect", "@scope/pkg/sub", "lazy"), BareImports.of(code));
    }

    @Test
    void ignoresStringsThatAreNotImportSources() {
        String code = """
                const s = "from";
                const t = "redux"; // import "commented"
                /* import x from "also-commented" */
                obj.import("not-a-module");
                """;
        assertEquals(Set.of(), BareImports.of(code));
    }
}
