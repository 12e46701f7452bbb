package dev.tempo.engine.run;

import dev.tempo.engine.events.ErrorInfo;
import dev.tempo.engine.events.ErrorInfo.StackFrame;
import dev.tempo.engine.module.ModuleFileSystem;
import dev.tempo.engine.module.PreparedFile;
import dev.tempo.engine.module.SourceMap;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads GraalJS stack text ("    at fn (/p/a.ts:3:5)") into frames mapped back to original source
 * positions, leaving out tempo's own frames.
 */
public final class StackTraces {
    private static final Pattern WITH_FN = Pattern.compile("^\\s*at (?:async )?(.*?) \\((.*):(\\d+):(\\d+)\\)\\s*$");
    private static final Pattern BARE = Pattern.compile("^\\s*at (?:async )?(.*):(\\d+):(\\d+)\\s*$");

    private StackTraces() {}

    public static List<StackFrame> frames(String stack) {
        List<StackFrame> out = new ArrayList<>();
        if (stack == null) return out;
        for (String line : stack.split("\n")) {
            String fn, file;
            int ln, col;
            Matcher m = WITH_FN.matcher(line);
            if (m.matches()) {
                fn = m.group(1);
                file = m.group(2);
                ln = Integer.parseInt(m.group(3));
                col = Integer.parseInt(m.group(4));
            } else {
                Matcher b = BARE.matcher(line);
                if (!b.matches()) continue;
                fn = "";
                file = b.group(1);
                ln = Integer.parseInt(b.group(2));
                col = Integer.parseInt(b.group(3));
            }
            if (file.startsWith("tempo:") || file.startsWith(ModuleFileSystem.VIRTUAL) || file.startsWith("file://" + ModuleFileSystem.VIRTUAL)) continue;
            if (file.startsWith("file://")) file = file.substring("file://".length());
            if (file.startsWith("/")) {
                SourceMap map = PreparedFile.mapFor(Path.of(file));
                if (map != null) {
                    int[] orig = map.original(ln, col);
                    ln = orig[0];
                    col = orig[1];
                }
            }
            out.add(new StackFrame(fn.equals("<anonymous>") || fn.equals("Object.<anonymous>") ? "" : fn, file, ln, col));
        }
        return out;
    }

    public static ErrorInfo errorInfo(String name, String message, String stack, String expected, String actual) {
        return new ErrorInfo(name, message, frames(stack), expected, actual);
    }
}
