package dev.tempo.engine.js;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How tempo's own modules name each other: relative ids, resolved once for the process. */
class InternalModulesTest {

    @Test
    void resolvesRelativeIdsAgainstTheRequiringModulesFolder() {
        assertThat(InternalModules.resolve("expect/index", "./printer")).isEqualTo("expect/printer");
        assertThat(InternalModules.resolve("runtime/setup", "../node/util")).isEqualTo("node/util");
        assertThat(InternalModules.resolve("runtime/setup", "internal/host")).isEqualTo("internal/host");
    }

    @Test
    void literalRelativeRequiresAreRewrittenToIds() {
        String text = "const u = require('./utils');\nconst p = () => require(\"../node/util\").inspect;\n"
                + "const dyn = require('../' + id);\nconst host = require('internal/host');\n// requires('./x') is not one\n";
        assertThat(InternalModules.withResolvedRequires("expect/index", text)).isEqualTo(
                "const u = require('expect/utils');\nconst p = () => require('node/util').inspect;\n"
                        + "const dyn = require('../' + id);\nconst host = require('internal/host');\n// requires('./x') is not one\n");
    }

    @Test
    void everyRewrittenRequireOfTheRuntimeNamesAModuleThatExists() {
        for (String id : new String[] {"runtime/setup", "expect/index", "expect/matchers-core", "mock/install", "node/util"}) {
            String text = InternalModules.withResolvedRequires(id, "" + InternalModules.source(id).getCharacters());
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\brequire\\('([^'.][^']*)'\\)").matcher(text);
            int found = 0;
            while (m.find()) {
                found++;
                assertThat(InternalModules.exists(m.group(1)) || m.group(1).equals("internal/host"))
                        .as("%s requires %s", id, m.group(1)).isTrue();
            }
            assertThat(found).as("requires in %s", id).isPositive();
        }
    }
}
