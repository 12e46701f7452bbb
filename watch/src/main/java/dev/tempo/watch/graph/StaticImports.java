package dev.tempo.watch.graph;

import dev.tempo.engine.module.ModuleResolver;
import dev.tempo.engine.module.Resolved;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The modules a file reaches by reading its text, without running it, as Jest's dependency resolver
 * does for --changedSince: import/export-from, side-effect imports, import(), require() and the mock
 * helpers' specifiers, resolved with the engine's resolver, followed transitively (not into
 * node_modules). A specifier built at run time is missed; one inside a comment or string counts. Used
 * where a graph is needed before anything ran ({@code --changed}); watch mode uses the loaded graph.
 */
public final class StaticImports {
    private static final Pattern FROM = Pattern.compile("\\b(?:import|export)\\s[^'\"`;]*?\\bfrom\\s*(['\"])([^'\"\\n]+)\\1");
    private static final Pattern BARE_IMPORT = Pattern.compile("\\bimport\\s*(['\"])([^'\"\\n]+)\\1");
    private static final Pattern CALL = Pattern.compile(
            "\\b(?:require|import|requireActual|importActual|mock|doMock)\\s*\\(\\s*(['\"])([^'\"\\n]+)\\1");

    private StaticImports() {}

    /** Every project file {@code file} reaches, itself included (canonical paths). */
    public static Set<Path> closure(Path file) {
        Set<Path> seen = new LinkedHashSet<>();
        Deque<Path> todo = new ArrayDeque<>();
        todo.add(CanonicalPath.of(file));
        while (!todo.isEmpty()) {
            Path f = todo.poll();
            if (!seen.add(f)) continue;
            for (Path dep : direct(f)) {
                if (!seen.contains(dep)) todo.add(dep);
            }
        }
        return seen;
    }

    /** The project files {@code file}'s text names directly. */
    static Set<Path> direct(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException | RuntimeException e) {
            return Set.of(); // unreadable, binary or gone: it names nothing
        }
        Set<Path> out = new LinkedHashSet<>();
        for (Pattern p : new Pattern[] {FROM, BARE_IMPORT, CALL}) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                Path dep = resolve(file.getParent(), m.group(2));
                if (dep != null) out.add(dep);
            }
        }
        return out;
    }

    private static Path resolve(Path dir, String spec) {
        try {
            if (ModuleResolver.resolve(dir, spec, ModuleResolver.Kind.IMPORT) instanceof Resolved.File f
                    && !f.path().toString().contains("/node_modules/")) {
                return CanonicalPath.of(f.path());
            }
        } catch (RuntimeException e) {
            // not found, or not a file: a builtin, a virtual module, a package
        }
        return null;
    }
}
