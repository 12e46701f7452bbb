package dev.tempo.engine.report;

import static dev.tempo.engine.events.RunEvent.Stream.STDERR;
import static dev.tempo.engine.events.RunEvent.Stream.STDOUT;
import static dev.tempo.engine.report.EventScript.error;
import static dev.tempo.engine.report.EventScript.toBe;

import dev.tempo.engine.events.RunEvent;
import dev.tempo.engine.events.RunEvent.TestFile;
import dev.tempo.engine.events.TestStatus;
import java.nio.file.Path;
import java.util.List;

/**
 * The event streams of the fixture projects as bun ran them when the goldens were captured: same
 * files, tests, errors, stack positions, console output and durations.
 */
final class GoldenScenarios {
    private GoldenScenarios() {}

    static List<RunEvent> events(String scenario, Path root, boolean color) {
        return switch (scenario) {
            case "basic" -> basic(root, color);
            case "console" -> console(root, color);
            case "frames" -> frames(root);
            case "many" -> many(root);
            case "dots" -> dots(root);
            default -> throw new IllegalArgumentException(scenario);
        };
    }

    static final String TO_EQUAL = Golden.esc("""
            \\e[2mexpect(\\e[0m\\e[31mreceived\\e[0m\\e[2m).\\e[0mtoEqual\\e[2m(\\e[0m\\e[32mexpected\\e[0m\\e[2m)\\e[0m

              \\e[0m\\e[2m{\\e[0m
              \\e[0m\\e[2m  "a": 1,\\e[0m
              \\e[0m\\e[2m  "b": {\\e[0m
              \\e[0m\\e[2m    "c": [\\e[0m
              \\e[0m\\e[2m      1,\\e[0m
              \\e[0m\\e[2m      2,\\e[0m
            \\e[32m- \\e[0m\\e[32m      \\e[0m\\e[32m4\\e[0m\\e[32m,\\e[0m
            \\e[31m+ \\e[0m\\e[31m      \\e[0m\\e[31m3\\e[0m\\e[31m,\\e[0m
              \\e[0m\\e[2m    ],\\e[0m
              \\e[0m\\e[2m  },\\e[0m
              \\e[0m\\e[2m}\\e[0m

            \\e[32m- Expected  - 1\\e[0m
            \\e[31m+ Received  + 1\\e[0m
            """);

    /** Passing, failing (toBe, toEqual, TypeError, TS), skip, todo, nested describes, two files that fail to load. */
    static List<RunEvent> basic(Path root, boolean color) {
        EventScript s = new EventScript(root);
        TestFile fail = s.file("fail.test.js");
        TestFile pass = s.file("pass.test.js");
        TestFile syntax = s.file("syntax.test.js");
        TestFile toplevel = s.file("toplevel.test.js");
        TestFile types = s.file("types.test.ts");
        TestFile unhandled = s.file("unhandled.test.js");
        s.start(fail)
                .fail(fail, 0.31, 1, 3, error("Error", toBe(2, 1), s.at("", "fail.test.js", 5, 13)), "toBe fails")
                .fail(fail, 6.0, 1, 9, error("Error", TO_EQUAL, s.at("", "fail.test.js", 10, 43)), "objects", "toEqual fails")
                .log(fail, STDOUT, "log from throws test\n")
                .fail(fail, 0.2, 0, 14, error("TypeError", "boom <here> & \"there\"", s.at("", "fail.test.js", 16, 48)), "throws")
                .skip(fail, 19, "skipped")
                .todo(fail, 20, "later")
                .log(fail, STDERR, color ? "\u001b[0m\u001b[31mto stderr\u001b[0m\n" : "to stderr\n")
                .pass(fail, 0.06, 1, 21, "passes")
                .finish(fail, 13.9);
        s.start(pass)
                .pass(pass, 0.03, 1, 3, "adds")
                .pass(pass, 0.06, 1, 9, "outer", "inner", "nested works")
                .pass(pass, 30.74, 1, 13, "outer", "slow one")
                .finish(pass, 31.3);
        s.loadError(syntax, error("SyntaxError", "Unexpected ;", s.at("", "syntax.test.js", 3, 11)), 1.2);
        s.loadError(toplevel, error("Error", "top level kaboom", s.at(":program", "toplevel.test.js", 3, 11)), 1.1);
        s.start(types)
                .fail(types, 0.16, 1, 9, error("Error", toBe(7, 6), s.at("", "types.test.ts", 11, 15)), "ts fails")
                .pass(types, 0.03, 1, 14, "ts passes")
                .finish(types, 0.47);
        s.start(unhandled)
                .pass(unhandled, 0.04, 1, 2, "first")
                .fail(unhandled, 1.18, 0, 6, error("Error", "late error", s.at("", "unhandled.test.js", 3, 50)), "second")
                .finish(unhandled, 1.46);
        return s.run(51.0);
    }

    /** Console output on both streams, a failure, skip and todo; the only-failures and dots variants. */
    static List<RunEvent> console(Path root, boolean color) {
        EventScript s = new EventScript(root);
        TestFile a = s.file("a.test.js");
        TestFile b = s.file("b.test.js");
        s.start(a)
                .log(a, STDOUT, "log in a1\n")
                .pass(a, 0.1, 1, 2, "a1")
                .log(a, STDERR, color ? "\u001b[0m\u001b[31merr in a2\u001b[0m\n" : "err in a2\n")
                .pass(a, 0.02, 0, 3, "a2")
                .finish(a, 1.0);
        s.start(b)
                .fail(b, 0.21, 1, 2, error("Error", toBe(2, 1), s.at("", "b.test.js", 2, 30)), "b1")
                .skip(b, 3, "b2")
                .todo(b, 4, "b3")
                .pass(b, 0.012, 0, 5, "b4")
                .finish(b, 0.9);
        return s.run(6.0);
    }

    /** Stacks through a helper and node_modules, nameless and empty errors, a hook failure, an error between tests. */
    static List<RunEvent> frames(Path root) {
        EventScript s = new EventScript(root);
        TestFile a = s.file("a.test.js");
        TestFile b = s.file("b.test.js");
        TestFile c = s.file("c.test.js");
        s.start(a)
                .fail(a, 0.29, 0, 4, error("RangeError", "bad value 2",
                        s.at("check", "helper.js", 3, 42), s.at("", "a.test.js", 5, 3)), "helper fails")
                .fail(a, 0.08, 0, 7, error("Error", "from dep",
                        s.at("thrower", "node_modules/dep/index.js", 2, 22), s.at("", "a.test.js", 8, 3)), "dep fails")
                .fail(a, 0.05, 0, 10, error("Error", "", s.at("", "a.test.js", 11, 21)), "empty msg")
                .fail(a, 0.05, 0, 13, error("TypeError", "", s.at("", "a.test.js", 14, 23)), "empty type")
                .fail(a, 0.05, 0, 0, error("Error", "beforeAll boom", s.at("", "a.test.js", 17, 53)), "with beforeAll", "(unnamed)")
                .fail(a, 0.38, 0, 20, error("Error", "rejected later", s.at("", "a.test.js", 21, 22)), "last")
                .finish(a, 19.8);
        s.start(b)
                .unhandled(b, error("Error", "describe threw", s.at("", "b.test.js", 3, 35)))
                .pass(b, 0.005, 0, 5, "after")
                .finish(b, 0.9);
        s.start(c)
                .pass(c, 0.02, 0, 2, "a")
                .finish(c, 0.6);
        return s.run(22.0);
    }

    /** More than 20 passing tests (the repeated lists), a timeout, a hook failure, thrown non-errors. */
    static List<RunEvent> many(Path root) {
        EventScript s = new EventScript(root);
        TestFile many = s.file("many.test.js");
        TestFile other = s.file("other.test.js");
        s.start(many);
        for (int i = 0; i < 22; i++) s.pass(many, i == 0 ? 0.06 : 0.005, 1, 2, "p" + i);
        s.skip(many, 4, "grp", "sk in grp")
                .todo(many, 5, "grp", "todo in grp")
                .fail(many, 0.21, 1, 6, error("Error", toBe(2, 1), s.at("", "many.test.js", 6, 41)), "grp", "fail in grp")
                .fail(many, 0.07, 0, 8, error("Error", "deep", s.at("", "many.test.js", 8, 56)), "grp", "deeper", "fails deeper")
                .test(many, TestStatus.FAIL, 50.24, 0, 11, true,
                        List.of(error("TimeoutError", "this test timed out after 50ms.")), "timeout")
                .todo(many, 12, "todo with body")
                .fail(many, 0.31, 0, 0, error("Error", "afterAll boom", s.at("", "many.test.js", 13, 49)), "(unnamed)")
                .finish(many, 60);
        s.start(other)
                .log(other, STDOUT, "hello\nmultiline\n")
                .log(other, STDOUT, "raw-no-newline")
                .pass(other, 17.38, 1, 2, "ok")
                .fail(other, 0.16, 0, 3, error("MyError", "custom", s.at("", "other.test.js", 3, 79)), "errs")
                .fail(other, 0.1, 0, 5, error("Error", "sub", s.at("", "other.test.js", 5, 46)), "subclass")
                .fail(other, 0.04, 0, 6, error("", "a string", s.at("", "other.test.js", 6, 33)), "non-error")
                .fail(other, 0.04, 0, 7, error("", "", s.at("", "other.test.js", 7, 34)), "obj")
                .finish(other, 20);
        return s.run(77.0);
    }

    /** Three passing files, then one with console output and a failure: the dots line and where it breaks. */
    static List<RunEvent> dots(Path root) {
        EventScript s = new EventScript(root);
        for (String name : List.of("a.test.js", "b.test.js", "c.test.js")) {
            TestFile f = s.file(name);
            s.start(f).pass(f, 0.03, 1, 2, "x1").pass(f, 0.02, 1, 3, "x2").finish(f, 0.5);
        }
        TestFile d = s.file("d.test.js");
        s.start(d)
                .pass(d, 0.03, 1, 2, "d1")
                .log(d, STDOUT, "out in d2\n")
                .pass(d, 0.02, 0, 3, "d2")
                .fail(d, 0.21, 1, 4, error("Error", toBe(2, 1), s.at("", "d.test.js", 4, 30)), "d3")
                .pass(d, 0.02, 0, 5, "d4")
                .finish(d, 0.7);
        return s.run(7.0);
    }
}
