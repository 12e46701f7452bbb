package dev.tempo.engine.module;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TsconfigPathsTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    private Path resolved(Path from, String spec) {
        return ((Resolved.File) ModuleResolver.resolve(from, spec, ModuleResolver.Kind.IMPORT)).path();
    }

    @Test
    void bareSpecifiersFollowThePathsOfAnExtendedConfigWithComments() throws Exception {
        Path index = write("src/index.ts", "export {}");
        Path util = write("src/utils/warning.ts", "export {}");
        write("node_modules/redux/package.json", "{\"name\": \"redux\", \"main\": \"index.js\"}");
        write("node_modules/redux/index.js", "");
        write("tsconfig.base.json", """
                {
                  "compilerOptions": {
                    /* targets relative to this file */
                    "paths": {
                      "@internal/*": ["./src/*"],
                      "redux": ["./src/index.ts"], // before node_modules
                    },
                  },
                }
                """);
        write("tsconfig.json", "{ \"extends\": \"./tsconfig.base.json\" }");
        Path tests = Files.createDirectories(dir.resolve("test/utils"));
        assertThat(resolved(tests, "redux")).isEqualTo(index.toRealPath());
        assertThat(resolved(tests, "@internal/utils/warning")).isEqualTo(util.toRealPath());
    }

    @Test
    void baseUrlAnchorsTargetsAndUnmappedNamesStillReachNodeModules() throws Exception {
        Path lib = write("app/lib/thing.ts", "export {}");
        Path pkg = write("node_modules/other/index.js", "");
        write("tsconfig.json", "{\"compilerOptions\": {\"baseUrl\": \"app\", \"paths\": {\"~/*\": [\"missing/*\", \"lib/*\"]}}}");
        assertThat(resolved(dir, "~/thing")).isEqualTo(lib.toRealPath());
        assertThat(resolved(dir, "other")).isEqualTo(pkg.toRealPath());
    }

    @Test
    void aBrokenTsconfigIsNamed() throws Exception {
        write("tsconfig.json", "{\"compilerOptions\": {\"paths\": }");
        assertThatThrownBy(() -> ModuleResolver.resolve(dir, "x", ModuleResolver.Kind.IMPORT))
                .hasMessageContaining("tsconfig.json");
    }
}
