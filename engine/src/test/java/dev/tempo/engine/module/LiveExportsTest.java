package dev.tempo.engine.module;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LiveExportsTest {
    @Test
    void codeWithoutExportsIsLeftAlone() {
        String code = "const a = 1;\nconsole.log(a);\n";
        LiveExports.Rewritten r = LiveExports.of(code);
        assertThat(r.code()).isSameAs(code);
        assertThat(r.updater()).isNull();
    }

    @Test
    void exportedConstantsBecomeLetInPlaceAndEveryLocalBindingIsAssigned() {
        String code = """
                export const arrow = () => 'a', n = { x: [1, 2] },
                  m = 3;
                const local = 'l', other = 2;
                export { local, local as renamed, other as "quoted name" };
                export function f() {}
                export async function* g() {}
                export class C extends Object {}
                export let { p, q: r, s = fallback, ...rest } = obj;
                export * from './x.js';
                export { y } from './y.js';
                if (a) { const inner = 1; }
                """;
        LiveExports.Rewritten r = LiveExports.of(code);
        assertThat(r.code()).isEqualTo(code
                .replace("export const arrow", "export let   arrow")
                .replace("const local", "let   local"));
        assertThat(r.updater()).contains(
                "if (\"arrow\" in __tempo_n) try { arrow = __tempo_n[\"arrow\"]; } catch (_) {}",
                "n = __tempo_n[\"n\"]", "m = __tempo_n[\"m\"]",
                "local = __tempo_n[\"local\"]", "local = __tempo_n[\"renamed\"]", "other = __tempo_n[\"quoted name\"]",
                "f = __tempo_n[\"f\"]", "g = __tempo_n[\"g\"]", "C = __tempo_n[\"C\"]",
                "p = __tempo_n[\"p\"]", "r = __tempo_n[\"r\"]", "s = __tempo_n[\"s\"]", "rest = __tempo_n[\"rest\"]");
        assertThat(r.updater()).doesNotContain("fallback =", "q =", "y =", "inner =", "Object =");
    }

    @Test
    void aDefaultExpressionIsBoundToALocalOnTheSameLine() {
        String code = "export default () => 'x';\nexport const b = 1;\n";
        LiveExports.Rewritten r = LiveExports.of(code);
        assertThat(r.code()).startsWith("let __tempo_default = () => 'x';\nexport let   b = 1;\n\n;export { __tempo_default as default }; ");
        assertThat(r.code()).contains("Object.defineProperty(__tempo_default, 'name', { value: 'default' })");
        assertThat(r.updater()).contains("__tempo_default = __tempo_n[\"default\"]");
    }

    @Test
    void defaultDeclarationsKeepTheirNameOrGetALocalOne() {
        assertThat(LiveExports.of("export default function main() {}\n").updater()).contains("main = __tempo_n[\"default\"]");
        LiveExports.Rewritten anon = LiveExports.of("export default async function* () {}\n");
        assertThat(anon.code()).startsWith("export default async function* __tempo_default () {}\n");
        assertThat(anon.code()).doesNotContain("export { __tempo_default");
        assertThat(LiveExports.of("export default class extends Base {}").code())
                .startsWith("export default class __tempo_default extends Base {}");
    }
}
