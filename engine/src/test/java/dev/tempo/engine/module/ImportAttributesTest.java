package dev.tempo.engine.module;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImportAttributesTest {
    @Test
    void staticClauseMovesIntoTheSpecifier() {
        assertThat(ImportAttributes.rewrite("import d from './d.json' with { type: 'json' };\nx();"))
                .isEqualTo("import d from './d.json#tempo-type=json';\nx();");
        assertThat(ImportAttributes.rewrite("export { a } from \"./t.txt\" assert { \"type\": \"text\" }"))
                .isEqualTo("export { a } from \"./t.txt#tempo-type=text\"");
        assertThat(ImportAttributes.rewrite("import './side.json' with { type: 'json' }")).isEqualTo("import './side.json#tempo-type=json'");
    }

    @Test
    void aClauseOverSeveralLinesKeepsTheLines() {
        assertThat(ImportAttributes.rewrite("import d from './d.json' with {\n  type: 'json'\n};\nf();"))
                .isEqualTo("import d from './d.json#tempo-type=json'\n\n;\nf();");
    }

    @Test
    void aClauseWithoutTypeGoes() {
        assertThat(ImportAttributes.rewrite("import d from './d.js' with { other: 'x' };")).isEqualTo("import d from './d.js';");
    }

    @Test
    void dynamicImportWithOptionsGoesThroughTheHelper() {
        assertThat(ImportAttributes.rewrite("const m = await import(p, { with: { type: 'json' } });"))
                .isEqualTo("const m = await __tempo.importWith((__s) => import(__s), p, { with: { type: 'json' } });");
    }

    @Test
    void otherCodeIsLeftAlone() {
        String code = "const m = await import('./x.js');\nobj.import(a, b);\nconst s = 'import(a, b)';\nimport x from 'y';";
        assertThat(ImportAttributes.rewrite(code)).isSameAs(code);
    }
}
