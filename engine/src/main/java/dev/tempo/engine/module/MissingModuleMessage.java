package dev.tempo.engine.module;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GraalJS reports an ES import it could not find by the path it probed, joined to the importer's
 * directory ("Cannot find module '/p/dir/@scope/pkg' imported from /p/dir/a.test.ts"); bun names the
 * specifier as written and the importing file ("Cannot find module '@scope/pkg' from '/p/dir/a.test.ts'").
 * The specifier is recovered from the importer's source: the quoted relative form, or the bare one.
 */
public final class MissingModuleMessage {
    private static final Pattern GRAAL = Pattern.compile("^Cannot find module '(.+)' imported from (/.+)$");

    private MissingModuleMessage() {}

    /** bun's wording of GraalJS's missing-module message, or null when the message is not one. */
    public static String bunStyle(String message) {
        if (message == null) return null;
        Matcher m = GRAAL.matcher(message);
        if (!m.matches()) return null;
        Path importer = Path.of(m.group(2));
        return "Cannot find module '" + specifier(importer, m.group(1)) + "' from '" + importer + "'";
    }

    private static String specifier(Path importer, String probed) {
        Path dir = importer.getParent();
        Path target = Path.of(probed);
        if (dir == null || !target.isAbsolute()) return probed;
        String source;
        try {
            source = Files.readString(importer);
        } catch (IOException | RuntimeException e) {
            return probed;
        }
        String rel = dir.relativize(target.normalize()).toString().replace('\\', '/');
        for (String candidate : rel.startsWith("../") ? new String[] {rel} : new String[] {"./" + rel, rel}) {
            if (quoted(source, candidate)) return candidate;
        }
        return probed;
    }

    private static boolean quoted(String source, String spec) {
        return source.contains("\"" + spec + "\"") || source.contains("'" + spec + "'") || source.contains("`" + spec + "`");
    }
}
