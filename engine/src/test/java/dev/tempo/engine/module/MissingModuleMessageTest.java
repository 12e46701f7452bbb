package dev.tempo.engine.module;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GraalJS's missing-import message reworded as bun 1.4.5 words it for the same files. */
class MissingModuleMessageTest {
    @TempDir
    Path dir;

    private String reworded(String source, String probed) throws Exception {
        Path importer = dir.resolve("a.test.ts");
        Files.writeString(importer, source);
        return MissingModuleMessage.bunStyle("Cannot find module '" + dir.resolve(probed) + "' imported from " + importer);
    }

    @Test
    void namesTheSpecifierAsWrittenAndTheImportingFile() throws Exception {
        String from = "' from '" + dir.resolve("a.test.ts") + "'";
        assertThat(reworded("import x from \"@scope/pkg\";\n", "@scope/pkg")).isEqualTo("Cannot find module '@scope/pkg" + from);
        assertThat(reworded("import x from 'lib';\n", "lib")).isEqualTo("Cannot find module 'lib" + from);
        assertThat(reworded("import { h } from \"./helpers/h.js\";\n", "helpers/h.js"))
                .isEqualTo("Cannot find module './helpers/h.js" + from);
        assertThat(reworded("import { h } from \"../up.js\";\n", "../up.js")).isEqualTo("Cannot find module '../up.js" + from);
    }

    @Test
    void keepsTheProbedPathWhenTheSourceDoesNotNameItAndLeavesOtherMessagesAlone() throws Exception {
        assertThat(reworded("import x from \"./other\";\n", "gone")).isEqualTo(
                "Cannot find module '" + dir.resolve("gone") + "' from '" + dir.resolve("a.test.ts") + "'");
        assertThat(MissingModuleMessage.bunStyle("x is not defined")).isNull();
        assertThat(MissingModuleMessage.bunStyle(null)).isNull();
    }
}
