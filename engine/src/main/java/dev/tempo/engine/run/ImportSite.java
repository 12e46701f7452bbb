package dev.tempo.engine.run;

import dev.tempo.engine.events.ErrorInfo;
import dev.tempo.engine.module.ModuleFileSystem.UnsupportedImport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a file imports a node builtin, found in its own text (a TS file's too, so the line is the one the
 * user wrote). GraalJS reports an import it cannot link without a position; bun points at the specifier.
 */
final class ImportSite {
    private ImportSite() {}

    /** The frame of the first {@code from 'node:x'}, {@code from 'x'}, {@code import('x')} or bare {@code import 'x'}. */
    static Optional<ErrorInfo.StackFrame> of(UnsupportedImport missing) {
        String text;
        try {
            text = Files.readString(missing.importer(), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        Pattern site = Pattern.compile("\\b(?:from|import)\\s*\\(?\\s*(['\"])(?:node:)?" + Pattern.quote(missing.name()) + "\\1");
        Matcher m = site.matcher(text);
        if (!m.find()) return Optional.empty();
        int quote = m.start(1);
        int lineStart = text.lastIndexOf('\n', quote - 1) + 1;
        int line = 1;
        for (int i = 0; i < lineStart; i++) if (text.charAt(i) == '\n') line++;
        return Optional.of(new ErrorInfo.StackFrame("", missing.importer().toString(), line, quote - lineStart + 1));
    }
}
