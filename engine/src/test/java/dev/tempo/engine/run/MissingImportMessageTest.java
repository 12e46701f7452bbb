package dev.tempo.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tempo.engine.events.RunEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A missing import is named as the code wrote it, as bun does, not by the path GraalJS tried. */
class MissingImportMessageTest {
    @TempDir
    Path dir;

    private String loadError(String name, String source) throws Exception {
        Files.createDirectories(dir.resolve("sub"));
        RunFiles r = new RunFiles(dir).file("sub/" + name, source);
        r.run(r.request(1));
        return r.all(RunEvent.FileFinished.class).getFirst().result().loadError().message();
    }

    @Test
    void aMissingPackageIsNamedByItsBareName() throws Exception {
        String file = dir.resolve("sub/bare.test.js").toString();
        assertThat(loadError("bare.test.js", "import x from 'no-such-package';\ntest('a', () => {});\n"))
                .isEqualTo("Cannot find package 'no-such-package' from '" + file + "'");
    }

    @Test
    void aMissingScopedPackageOrSubpathIsAModule() throws Exception {
        String file = dir.resolve("sub/scoped.test.js").toString();
        assertThat(loadError("scoped.test.js", "import x from '@scope/no-such-package';\ntest('a', () => {});\n"))
                .isEqualTo("Cannot find module '@scope/no-such-package' from '" + file + "'");
    }

    @Test
    void aMissingFileIsNamedByItsRelativePath() throws Exception {
        String file = dir.resolve("sub/rel.test.js").toString();
        assertThat(loadError("rel.test.js", "import x from './no-such-file';\ntest('a', () => {});\n"))
                .isEqualTo("Cannot find module './no-such-file' from '" + file + "'");
    }

    @Test
    void aMissingFileAboveIsNamedByItsRelativePath() throws Exception {
        String file = dir.resolve("sub/up.test.js").toString();
        assertThat(loadError("up.test.js", "import x from '../no-such-file.js';\ntest('a', () => {});\n"))
                .isEqualTo("Cannot find module '../no-such-file.js' from '" + file + "'");
        assertThat(loadError("deep.test.js", "import { h } from './helpers/h.js';\ntest('a', () => {});\n"))
                .isEqualTo("Cannot find module './helpers/h.js' from '" + dir.resolve("sub/deep.test.js") + "'");
    }
}
