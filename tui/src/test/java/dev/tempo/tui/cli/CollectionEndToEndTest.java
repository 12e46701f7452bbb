package dev.tempo.tui.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * How a file's describe blocks are collected, compared with bun 1.4.5 on the same file: a describe body
 * runs once the file (or the enclosing body) has finished, depth first, so it may read a const declared
 * below it; an async body is awaited and what it declares after an await counts; a body that throws is an
 * error between tests and the rest of the file still runs.
 */
class CollectionEndToEndTest {

    @Test
    void describeBodiesRunAfterTheFileDepthFirstAndAsyncOnesAreAwaited() throws Exception {
        CliRun run = CliRun.in("collection", "test", "./deferred.test.js");
        assertThat(run.exit()).isEqualTo(1);
        String err = run.stableErr();
        assertThat(run.out()).endsWith("""
                \nfile start
                file end
                cases body
                cases body end
                inner body
                async body
                throws body
                """);
        assertThat(err)
                .contains("# Unhandled error between tests")
                .contains("error: describe body failed")
                .contains("""
                        (pass) cases > case 1 [Xms]
                        (pass) cases > case 2 [Xms]
                        (pass) cases > inner > i [Xms]
                        (pass) async > before await [Xms]
                        (pass) async > after await [Xms]
                        (pass) async > declared after await > d [Xms]
                        (pass) top level [Xms]
                        """)
                .contains(" 7 pass\n 0 fail\n 1 error\n")
                .doesNotContain("CASES is not defined");
    }

    @Test
    void aFunctionAsTheFirstArgumentNamesTheBlockWhenABodyFollows() throws Exception {
        CliRun run = CliRun.in("collection", "test", "./named-by-function.test.js");
        assertThat(run.stableErr()).contains("""
                (pass) pipe > inside [Xms]
                (pass) Klass > inside [Xms]
                (pass) pipe [Xms]
                """).contains(" 3 pass\n 0 fail\n");
        assertThat(run.exit()).isZero();
    }
}
