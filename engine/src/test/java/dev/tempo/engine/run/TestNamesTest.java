package dev.tempo.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tempo.engine.events.RunEvent;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the first argument of test() and describe() names, as bun reads it. */
class TestNamesTest {
    @TempDir
    Path dir;

    private List<String> names(String source) throws Exception {
        RunFiles r = new RunFiles(dir).file("names.test.js", source);
        r.run(r.request(1));
        return r.all(RunEvent.TestFinished.class).stream().map(t -> String.join(" > ", t.result().id().path())).toList();
    }

    @Test
    void stringsNumbersAndNamedFunctionsOrClassesNameATest() throws Exception {
        assertThat(names("""
                test('text', () => {});
                test(12, () => {});
                test(function named() {}, () => {});
                test(class Klass {}, () => {});
                describe(class Outer {}, () => { test('inner', () => {}); });
                """)).containsExactly("text", "12", "named", "Klass", "Outer > inner");
    }

    @Test
    void nothingOrALoneFunctionIsABodyWithoutAName() throws Exception {
        assertThat(names("""
                const ran = [];
                test(null, () => {});
                test(function body() { ran.push('test body'); });
                describe(function suiteBody() { test('in unnamed suite', () => {}); });
                describe(null, () => { test('under null', () => {}); });
                test('bodies ran', () => { if (ran.join() !== 'test body') throw new Error(ran.join()); });
                """)).containsExactly("", "", " > in unnamed suite", " > under null", "bodies ran"); // the id keeps the unnamed describe level
    }

    @Test
    void anArrayObjectOrAnonymousFunctionIsRejectedWithBunsMessage() throws Exception {
        RunFiles r = new RunFiles(dir).file("bad.test.js", """
                const errors = [];
                for (const bad of [[2010, 6], { a: 1 }, true, Symbol('s')]) {
                  try { test(bad, () => {}); } catch (e) { errors.push(e.message); }
                  try { describe(bad, () => {}); } catch (e) { errors.push(e.message); }
                }
                try { it(() => {}, () => {}); } catch (e) { errors.push(e.message); }
                test('count', () => {
                  const t = errors.filter((m) => m === 'test() expects first argument to be a named class, named function, number, or string');
                  const d = errors.filter((m) => m === 'describe() expects first argument to be a named class, named function, number, or string');
                  if (t.length !== 5 || d.length !== 4) throw new Error(errors.join('\\n'));
                });
                """);
        r.run(r.request(1));
        assertThat(r.all(RunEvent.TestFinished.class)).singleElement()
                .satisfies(t -> assertThat(t.result().errors()).isEmpty());
    }
}
