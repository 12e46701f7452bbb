package dev.tempo.engine.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BunfigTest {

    @TempDir
    Path dir;

    private static Bunfig parse(String toml) throws BunfigException {
        return Bunfig.parse(toml, "bunfig.toml", Path.of("bunfig.toml"));
    }

    @Test
    void readsEveryTestKey() throws Exception {
        Bunfig b = parse("""
                preload = "./global.ts"
                [install]
                exact = true
                [test]
                root = "src"
                preload = ["./setup.ts", "./global.ts", "./mocks.ts"]
                timeout = 250
                bail = 3
                retry = 2
                rerunEach = 4
                randomize = true
                seed = 2444615283
                concurrentTestGlob = "**/concurrent-*.test.ts"
                maxConcurrency = 7
                pathIgnorePatterns = ["vendor/**", "fixtures/**"]
                onlyFailures = true
                smol = true
                coverage = true
                coverageReporter = ["text", "lcov"]
                coverageThreshold = { lines = 0.9, functions = 0.8 }
                coverageDir = "cov"
                [test.reporter]
                junit = "reports/junit.xml"
                dots = true
                """);
        assertThat(b.root()).isEqualTo("src");
        assertThat(b.preload()).containsExactly("./global.ts", "./setup.ts", "./mocks.ts");
        assertThat(b.timeoutMillis()).isEqualTo(250L);
        assertThat(b.bail()).isEqualTo(3);
        assertThat(b.retry()).isEqualTo(2);
        assertThat(b.rerunEach()).isEqualTo(4);
        assertThat(b.randomize()).isTrue();
        assertThat(b.seed()).isEqualTo(2444615283L);
        assertThat(b.concurrentTestGlobs()).containsExactly("**/concurrent-*.test.ts");
        assertThat(b.maxConcurrency()).isEqualTo(7);
        assertThat(b.pathIgnorePatterns()).containsExactly("vendor/**", "fixtures/**");
        assertThat(b.onlyFailures()).isTrue();
        assertThat(b.smol()).isTrue();
        assertThat(b.coverage()).isTrue();
        assertThat(b.junitOutfile()).isEqualTo("reports/junit.xml");
        assertThat(b.dots()).isTrue();

        RunOptions o = b.applyTo(RunOptions.builder(dir)).build();
        assertThat(o.testRoot()).isEqualTo(dir.toAbsolutePath().normalize().resolve("src"));
        assertThat(o.preload()).containsExactly("./global.ts", "./setup.ts", "./mocks.ts");
        assertThat(o.timeoutMillis()).isEqualTo(250);
        assertThat(o.bail()).isEqualTo(3);
        assertThat(o.retry()).isEqualTo(2);
        assertThat(o.rerunEach()).isEqualTo(4);
        assertThat(o.randomize()).isTrue();
        assertThat(o.seed()).isEqualTo(2444615283L);
        assertThat(o.concurrentTestGlobs()).containsExactly("**/concurrent-*.test.ts");
        assertThat(o.maxConcurrency()).isEqualTo(7);
        assertThat(o.pathIgnorePatterns()).containsExactly("vendor/**", "fixtures/**");
        assertThat(o.onlyFailures()).isTrue();
        assertThat(o.reporter()).isEqualTo(RunOptions.Reporter.JUNIT);
        assertThat(o.dots()).isTrue();
        assertThat(o.junitOutfile()).isEqualTo(dir.toAbsolutePath().normalize().resolve("reports/junit.xml"));
        assertThat(o.configFile()).isEqualTo(Path.of("bunfig.toml"));
    }

    @Test
    void emptyFileChangesNothing() throws Exception {
        Bunfig b = parse("");
        assertThat(b.applyTo(RunOptions.builder(dir)).build())
                .isEqualTo(RunOptions.builder(dir).configFile(Path.of("bunfig.toml")).build());
    }

    @Test
    void stringOrArrayKeysAcceptBoth() throws Exception {
        assertThat(parse("[test]\npreload = \"./a.ts\"\n").preload()).containsExactly("./a.ts");
        assertThat(parse("[test]\npathIgnorePatterns = \"vendor/**\"\n").pathIgnorePatterns()).containsExactly("vendor/**");
        assertThat(parse("[test]\nconcurrentTestGlob = [\"a/**\", \"b/**\"]\n").concurrentTestGlobs())
                .containsExactly("a/**", "b/**");
        assertThat(parse("[test]\nbail = true\n").bail()).isEqualTo(1);
        assertThat(parse("[test]\nbail = false\n").bail()).isZero();
    }

    @Test
    void brokenTomlNamesLineAndColumn() {
        assertThatThrownBy(() -> parse("[test\nx=1"))
                .isInstanceOf(BunfigException.class)
                .hasMessageStartingWith("bunfig.toml:1:6: ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void wrongTypesNameLineAndColumn() {
        assertThatThrownBy(() -> parse("[test]\nretry = \"2\"\n"))
                .hasMessage("bunfig.toml:2:1: expected test.retry to be an integer but found a string");
        assertThatThrownBy(() -> parse("[test]\ntimeout = \"abc\"\n"))
                .hasMessage("bunfig.toml:2:1: expected test.timeout to be an integer but found a string");
        assertThatThrownBy(() -> parse("[test]\nroot = 5\n"))
                .hasMessage("bunfig.toml:2:1: expected test.root to be a string but found an integer");
        assertThatThrownBy(() -> parse("[test]\npreload = 5\n"))
                .hasMessage("bunfig.toml:2:1: Expected preload to be an array");
        assertThatThrownBy(() -> parse("\n[test]\npreload = [\"a\", 3]\n"))
                .hasMessage("bunfig.toml:3:17: expected every entry of test.preload to be a string but found an integer");
        assertThatThrownBy(() -> parse("[test]\nrandomize = 1\n"))
                .hasMessage("bunfig.toml:2:1: expected test.randomize to be a boolean but found an integer");
        assertThatThrownBy(() -> parse("[test]\nseed = -1\n"))
                .hasMessage("bunfig.toml:2:1: test.seed must be between 0 and 4294967295, got -1");
        assertThatThrownBy(() -> parse("test = 1\n"))
                .hasMessage("bunfig.toml:1:1: expected test to be a table but found an integer");
        assertThatThrownBy(() -> parse("[test]\nreporter = \"dots\"\n"))
                .hasMessage("bunfig.toml:2:1: expected test.reporter to be a table but found a string");
    }

    @Test
    void loadsFromRootAndByPath() throws Exception {
        assertThat(Bunfig.loadDefault(dir)).isEmpty();
        Files.writeString(dir.resolve("bunfig.toml"), "[test]\nretry = 1\n");
        assertThat(Bunfig.loadDefault(dir)).get().extracting(Bunfig::retry).isEqualTo(1);
        Path other = dir.resolve("ci.toml");
        Files.writeString(other, "[test]\nretry = x\n");
        assertThatThrownBy(() -> Bunfig.load(other, "ci.toml")).hasMessageStartingWith("ci.toml:2:");
        assertThatThrownBy(() -> Bunfig.load(dir.resolve("nope.toml"), "nope.toml"))
                .hasMessage("cannot read config \"" + dir.resolve("nope.toml").toAbsolutePath() + "\": no such file");
    }

    @Test
    void runOptionsDefaultsAreBuns() {
        RunOptions o = RunOptions.defaults(dir);
        assertThat(o.rootDir()).isEqualTo(dir.toAbsolutePath().normalize());
        assertThat(o.testRoot()).isEqualTo(o.rootDir());
        assertThat(o.timeoutMillis()).isEqualTo(5000);
        assertThat(o.maxConcurrency()).isEqualTo(20);
        assertThat(o.rerunEach()).isEqualTo(1);
        assertThat(o.retry()).isZero();
        assertThat(o.bail()).isZero();
        assertThat(o.reporter()).isEqualTo(RunOptions.Reporter.DEFAULT);
        assertThat(o.junitOutfile()).isNull();
        assertThat(o.testNamePattern()).isNull();
        assertThat(o.seed()).isNull();
        assertThat(o.pathFilters()).isEmpty();
        assertThat(o.parallelism()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(o.toBuilder().bail(2).build().bail()).isEqualTo(2);
        assertThat(o.toBuilder().build()).isEqualTo(o);
        assertThat(o.toBuilder().rerunEach(0).build().rerunEach()).isEqualTo(1);
        assertThat(List.of(o.preload(), o.pathIgnorePatterns(), o.concurrentTestGlobs())).allSatisfy(l -> assertThat(l).isEmpty());
    }
}
