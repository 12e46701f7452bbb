package dev.tempo.engine.module;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MockHoisterTest {
    private static long lines(String s) {
        return s.chars().filter(c -> c == '\n').count();
    }

    @Test
    void leavesCodeWithoutMockCallsAlone() {
        String code = "import a from './a';\nconsole.log(a);\n";
        assertSame(code, MockHoister.hoist(code, true));
    }

    @Test
    void hoistsEsmMocksAboveImportsKeepingLines() {
        String code = """
                import { vi, test } from 'vitest';
                import main, { a as b, c } from './dep.js';
                import * as ns from "./ns.js";
                import './side.js';

                vi.mock('./dep.js', () => {
                  // a comment
                  return { c: 1 };
                });
                test('x', () => b);
                """;
        String out = MockHoister.hoist(code, true);
        assertEquals(lines(code), lines(out));
        String[] l = out.split("\n", -1);
        assertTrue(l[0].startsWith("__tempo.vi.mock('./dep.js', () => {"), l[0]);
        assertTrue(l[0].contains("return { c: 1 }; });") && !l[0].contains("comment"), l[0]);
        assertTrue(l[0].contains("await __tempo.mocksReady();"), l[0]);
        assertTrue(l[0].endsWith("import { vi, test } from 'vitest';"), l[0]);
        assertEquals("const { default: main, a: b, c } = await import('./dep.js');", l[1]);
        assertEquals("const ns = await import(\"./ns.js\");", l[2]);
        assertEquals("await import('./side.js');", l[3]);
        assertEquals("", l[5]);
        assertEquals("test('x', () => b);", l[9]);
    }

    @Test
    void hoistsViHoistedDeclarationsAndJestCallsInCommonJs() {
        String code = "const { jest } = require('@jest/globals');\nconst dep = require('./dep');\n"
                + "const { m } = vi.hoisted(() => ({ m: 1 }));\njest.mock('./dep', () => ({ x: m }));\n";
        String out = MockHoister.hoist(code, false);
        String[] l = out.split("\n", -1);
        assertEquals("const { m } = __tempo.vi.hoisted(() => ({ m: 1 })); __tempo.jest.mock('./dep', () => ({ x: m })); "
                + "const { jest } = require('@jest/globals');", l[0]);
        assertEquals("const dep = require('./dep');", l[1]);
        assertEquals("", l[2]);
    }

    @Test
    void leavesNestedCallsStringsAndOtherObjectsAlone() {
        String code = "import x from './x';\nfunction f() { jest.mock('./a'); }\nconst s = 'jest.mock(\"./b\")';\n"
                + "const t = `${a} jest.mock(c)`;\nother.jest.mock('./d');\njest.mock('./e');\n";
        String out = MockHoister.hoist(code, true);
        String[] l = out.split("\n", -1);
        assertEquals("__tempo.jest.mock('./e'); const { default: x } = await import('./x');", l[0]);
        assertEquals("function f() { jest.mock('./a'); }", l[1]);
        assertEquals("other.jest.mock('./d');", l[4]);
        assertEquals("", l[5]);
    }
}
