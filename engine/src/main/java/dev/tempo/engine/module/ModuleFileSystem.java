package dev.tempo.engine.module;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.SeekableByteChannel;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessMode;
import java.nio.file.DirectoryStream;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import dev.tempo.engine.js.JsLiterals;
import org.graalvm.polyglot.io.FileSystem;

/**
 * The file system GraalJS's ES module loader sees, one per context. It resolves specifiers the way
 * bun does and serves module text that tempo prepared:
 * <ul>
 *   <li>relative imports arrive as paths and are completed in {@link #toRealPath} (extensions,
 *       directory index, package main);</li>
 *   <li>bare imports arrive joined to the importer's directory (option
 *       {@code js.esm-bare-specifier-relative-lookup}); the longest directory of a module already loaded
 *       is taken as the importer's, and the rest is resolved through node_modules;</li>
 *   <li>{@code node:x} and {@code bun:test} arrive as URIs and map to virtual paths under {@link #VIRTUAL};</li>
 *   <li>reading an ES module yields its transpiled code behind a one-line prologue
 *       ({@code __dirname}, {@code require}, bun's {@code import.meta} fields); reading a CommonJS file
 *       yields a wrapper that loads it through tempo's require.</li>
 *   <li>an import with a {@code type} attribute arrives as {@code <path>#tempo-type=<type>} (see
 *       {@link ImportAttributes}) and reads as the module {@link TypedModules} makes of the file;</li>
 *   <li>a module mocked in this context (see {@link #setMocked}) resolves to a path under
 *       {@code /__tempo__/mock/<generation>/} whose text is a wrapper of the mock's exports, so each
 *       registration is a fresh module record; {@code <file>#tempo-actual} is the file itself even when
 *       it is mocked (importActual), its own imports resolving as usual.</li>
 * </ul>
 */
public final class ModuleFileSystem implements FileSystem {
    public static final String VIRTUAL = "/__tempo__";
    private static final String BUILTIN_DIR = VIRTUAL + "/node/";
    private static final String VIRTUAL_DIR = VIRTUAL + "/virtual/";
    private static final String MOCK_DIR = VIRTUAL + "/mock/";
    /** Suffix of the path that names a file's own module when it is mocked (vi.importActual). */
    public static final String ACTUAL = "#tempo-actual";
    /**
     * Suffix, with a number, of the path of a file imported after {@code resetModules}: GraalJS keeps one
     * module record per path, so a fresh path is what gives a fresh module (and, through its relative and
     * bare imports, fresh modules of everything it imports).
     */
    public static final String FRESH = "#tempo-fresh-";

    private final FileSystem delegate = FileSystem.newDefaultFileSystem();
    private final ModuleHooks hooks;
    private final List<String> conditions;
    /** Directories of the modules loaded so far, longest first: the candidates for a bare import's importer. */
    private final List<Path> importerDirs = new ArrayList<>();
    private final Map<Path, Path> resolvedBare = new HashMap<>();
    /** Per directory, the bare specifiers its modules' code imports (see {@link BareImports}). */
    private final Map<Path, Set<String>> bareImports = new HashMap<>();
    /** Mocked module keys (absolute path, node:name, tempo:id, virtual:spec) and their registration's generation. */
    private final Map<String, Integer> mocked = new HashMap<>();
    /** The generation files load as: 0 for their first copies, then one per reset. */
    private int freshGeneration;
    private int highestFresh;

    /** @param conditions extra package.json conditions bare imports resolve with (--conditions) */
    public ModuleFileSystem(ModuleHooks hooks, List<String> conditions) {
        this.hooks = hooks;
        this.conditions = List.copyOf(conditions);
    }

    /** Declares a directory modules are loaded from (the test file's), before its first import. */
    public void addImporterDir(Path dir) {
        if (importerDirs.contains(dir)) return;
        int i = 0;
        while (i < importerDirs.size() && importerDirs.get(i).getNameCount() >= dir.getNameCount()) i++;
        importerDirs.add(i, dir);
    }

    /** Declares a module's code before GraalJS resolves its imports: its directory and the names it imports bare. */
    public void addImporter(Path file, String code) {
        Path dir = file.getParent();
        if (dir == null) return;
        addImporterDir(dir);
        Set<String> bare = BareImports.of(code);
        if (!bare.isEmpty()) bareImports.computeIfAbsent(dir, d -> new HashSet<>()).addAll(bare);
    }

    private static final Pattern NOT_FOUND = Pattern.compile("Cannot find module '(/[^']*)' imported from (/[^\\s']+)");

    /**
     * GraalJS names a missing import by the path it tried ("Cannot find module '/dir/redux' imported from
     * /dir/a.test.ts"), which for a bare import is no path at all; bun names what the code wrote: "Cannot
     * find package 'redux' from '/dir/a.test.ts'", "Cannot find module 'redux/sub' from ...", "Cannot find
     * module './x' from ...", "Cannot find module '../x' from ...".
     */
    public String notFoundMessage(String message) {
        if (message == null) return null;
        Matcher m = NOT_FOUND.matcher(message);
        if (!m.matches()) return message;
        Path importer = Path.of(withoutFresh(m.group(2)));
        if (m.group(1).startsWith(BUILTIN_DIR)) {
            String name = nameOf(m.group(1), BUILTIN_DIR);
            return ModuleResolver.NODE_BUILTINS.contains(name) ? unsupportedBuiltin(name)
                    : ModuleResolver.noSuchBuiltin(name);
        }
        Path dir = importer.getParent();
        Path target = Path.of(ImportAttributes.withoutType(m.group(1))).normalize();
        if (dir == null) return message;
        String from = " from '" + importer + "'";
        // outside the importer's directory: a relative import that climbs ("../x"); bare ones arrive inside it
        if (!target.startsWith(dir)) return "Cannot find module '" + spec(dir, target) + "'" + from;
        String spec = spec(dir, target);
        if (bareImports.getOrDefault(dir, Set.of()).contains(spec)) {
            // bun says "package" for a plain name only; a scoped name or a subpath is a "module"
            return "Cannot find " + (spec.contains("/") ? "module '" : "package '") + spec + "'" + from;
        }
        return "Cannot find module './" + spec + "'" + from;
    }

    /** What tempo says of a node builtin it does not provide, wherever it is imported or required. */
    public static String unsupportedBuiltin(String name) {
        return "module node:" + name + " is not supported by tempo";
    }

    /** A node builtin an ES module imported and tempo does not provide. */
    public record UnsupportedImport(String name, Path importer) {}

    /** The unsupported builtin a "Cannot find module" message of GraalJS's is about, if it is about one. */
    public static Optional<UnsupportedImport> unsupportedImport(String message) {
        Matcher m = message == null ? null : NOT_FOUND.matcher(message);
        if (m == null || !m.matches() || !m.group(1).startsWith(BUILTIN_DIR)) return Optional.empty();
        String name = nameOf(m.group(1), BUILTIN_DIR);
        if (!ModuleResolver.NODE_BUILTINS.contains(name)) return Optional.empty();
        return Optional.of(new UnsupportedImport(name, Path.of(withoutFresh(m.group(2)))));
    }

    /** Marks module {@code key} mocked from now on ({@code generation > 0}) or no longer mocked (0). */
    public void setMocked(String key, int generation) {
        if (generation > 0) mocked.put(key, generation);
        else mocked.remove(key);
    }

    /** The generation ES modules load as from now on. */
    public int freshGeneration() {
        return freshGeneration;
    }

    /** resetModules: files imported from now on are new module records; returns the new generation. */
    public int newFreshGeneration() {
        freshGeneration = ++highestFresh;
        return freshGeneration;
    }

    /** Back to an earlier generation (the end of isolateModulesAsync). */
    public void setFreshGeneration(int generation) {
        freshGeneration = generation;
    }

    /** A module's file without the suffix a reset gave its path. */
    public static String withoutFresh(String path) {
        int at = path.indexOf(FRESH);
        return at < 0 ? path : path.substring(0, at);
    }

    public static Path builtinPath(String name) {
        return Path.of(BUILTIN_DIR + name.replace('/', '~') + ".mjs");
    }

    public static Path virtualPath(String id) {
        return Path.of(VIRTUAL_DIR + id.replace(':', '~').replace('/', '~') + ".mjs");
    }

    @Override
    public Path parsePath(URI uri) {
        String scheme = uri.getScheme();
        if ("node".equals(scheme)) return builtinPath(uri.getSchemeSpecificPart());
        if ("bun".equals(scheme)) return virtualPath(uri.getSchemeSpecificPart().equals("test") ? "test" : uri.toString());
        return delegate.parsePath(uri);
    }

    @Override
    public Path parsePath(String path) {
        if (path.startsWith("node:")) return builtinPath(path.substring(5));
        if (path.startsWith("bun:")) return virtualPath(path.equals("bun:test") ? "test" : path);
        return delegate.parsePath(path);
    }

    @Override
    public void checkAccess(Path path, Set<? extends AccessMode> modes, LinkOption... options) throws IOException {
        if (isVirtual(path)) return;
        if (target(path).isPresent()) return;
        delegate.checkAccess(path, modes, options);
    }

    @Override
    public Path toRealPath(Path path, LinkOption... options) throws IOException {
        if (isVirtual(path)) return path.startsWith(BUILTIN_DIR) || path.startsWith(VIRTUAL_DIR) ? redirect(path) : path;
        Optional<Path> p = target(path);
        if (p.isPresent()) return fresh(p.get());
        return delegate.toRealPath(path, options);
    }

    /** A file's path as this generation's ES module loader knows it (see {@link #FRESH}). */
    private Path fresh(Path file) {
        if (freshGeneration == 0 || isVirtual(file)) return file;
        String s = file.toString();
        if (s.endsWith(ACTUAL) || s.contains(FRESH)) return file;
        return Path.of(s + FRESH + freshGeneration);
    }

    /** Where the ES module loader finds {@code path}: the resolved module, its mock, or the actual file. */
    private Optional<Path> target(Path path) {
        String s = path.toString();
        int fresh = s.indexOf(FRESH);
        if (fresh >= 0) return target(Path.of(s.substring(0, fresh))).map(t -> Path.of(t + s.substring(fresh)));
        int typed = s.indexOf(ImportAttributes.SUFFIX);
        if (typed >= 0) {
            Path base = Path.of(s.substring(0, typed));
            if (TypedModules.CODE.contains(s.substring(typed + ImportAttributes.SUFFIX.length()))) return target(base);
            return resolve(base).map(f -> Path.of(f + s.substring(typed)));
        }
        if (s.endsWith(ACTUAL)) {
            return ModuleResolver.fileOrDirectory(Path.of(s.substring(0, s.length() - ACTUAL.length())).toAbsolutePath().normalize(), false)
                    .map(f -> Path.of(f + ACTUAL));
        }
        Optional<Path> p = resolve(path);
        if (p.isPresent()) return Optional.of(redirect(p.get()));
        return missingMock(path);
    }

    /** The mock's path when the module at {@code resolved} is mocked, else {@code resolved}. */
    private Path redirect(Path resolved) {
        if (mocked.isEmpty()) return resolved;
        String key = keyOf(resolved);
        Integer gen = mocked.get(key);
        return gen == null ? resolved : mockPath(key, gen);
    }

    private static String keyOf(Path resolved) {
        String p = resolved.toString();
        if (p.startsWith(BUILTIN_DIR)) return "node:" + nameOf(p, BUILTIN_DIR);
        if (p.startsWith(VIRTUAL_DIR)) return "tempo:" + nameOf(p, VIRTUAL_DIR);
        return p;
    }

    private static Path mockPath(String key, int generation) {
        return Path.of(MOCK_DIR + generation + "/" + URLEncoder.encode(key, StandardCharsets.UTF_8) + ".mjs");
    }

    /** A module that does not exist but is mocked: by its absolute path, or as a bare name (virtual:name). */
    private Optional<Path> missingMock(Path path) {
        if (mocked.isEmpty()) return Optional.empty();
        Path abs = path.toAbsolutePath().normalize();
        Integer gen = mocked.get(abs.toString());
        if (gen != null) return Optional.of(mockPath(abs.toString(), gen));
        for (Path dir : importerDirs) {
            if (!abs.startsWith(dir) || abs.equals(dir)) continue;
            String key = "virtual:" + dir.relativize(abs).toString().replace('\\', '/');
            gen = mocked.get(key);
            if (gen != null) return Optional.of(mockPath(key, gen));
        }
        return Optional.empty();
    }

    @Override
    public Path toAbsolutePath(Path path) {
        return isVirtual(path) ? path : delegate.toAbsolutePath(path);
    }

    @Override
    public SeekableByteChannel newByteChannel(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs)
            throws IOException {
        return new InMemoryChannel(moduleText(path).getBytes(StandardCharsets.UTF_8));
    }

    /** The text the ES module loader gets for {@code path} (also used to evaluate an ES module required from CommonJS). */
    public String moduleText(Path path) throws IOException {
        String p = path.toString();
        if (p.startsWith(BUILTIN_DIR)) {
            // Not there, as a missing file is: the import fails when the importer links, whatever it imports.
            String text = hooks.builtinWrapper(nameOf(p, BUILTIN_DIR));
            if (text == null) throw new NoSuchFileException(p);
            return text;
        }
        if (p.startsWith(VIRTUAL_DIR)) return hooks.virtualWrapper(nameOf(p, VIRTUAL_DIR).replace('~', ':'));
        if (p.startsWith(MOCK_DIR)) {
            String encoded = p.substring(p.indexOf('/', MOCK_DIR.length()) + 1, p.length() - ".mjs".length());
            return hooks.mockedModule(URLDecoder.decode(encoded, StandardCharsets.UTF_8));
        }
        if (p.contains(FRESH)) {
            p = withoutFresh(p);
            path = Path.of(p);
        }
        int typed = p.indexOf(ImportAttributes.SUFFIX);
        if (typed >= 0) {
            Path file = resolve(Path.of(p.substring(0, typed))).orElse(Path.of(p.substring(0, typed)));
            hooks.loaded(file);
            return TypedModules.text(file, p.substring(typed + ImportAttributes.SUFFIX.length()));
        }
        boolean actual = p.endsWith(ACTUAL);
        if (actual) path = Path.of(p.substring(0, p.length() - ACTUAL.length()));
        Path file = resolve(path).orElse(path);
        hooks.loaded(file);
        if (ModuleFormat.isJson(file)) return hooks.commonJsWrapper(file);
        String loader = TypedModules.typeByExtension(file);
        if (loader != null) return TypedModules.text(file, loader);
        PreparedFile prepared;
        try {
            prepared = PreparedFile.of(file);
        } catch (TranspileException e) {
            // Surface swc's syntax error at the import site, with the original position.
            return "throw new SyntaxError(" + JsLiterals.string(e.file() + ":" + e.line() + ":" + e.column() + " " + e.getMessage()) + ");";
        }
        addImporter(file, prepared.code());
        if (!prepared.esm()) return hooks.commonJsWrapper(file);
        String text = EsmPrologue.of(file, prepared.code()) + prepared.code();
        // a later mock.module() of this file updates its bindings (not those of its actual copy, vi.importActual's)
        if (prepared.liveUpdater() == null || actual) return text;
        return text + "\n;__tempo.liveModule(" + JsLiterals.string(file.toString()) + ", " + prepared.liveUpdater() + ");\n";
    }

    private static String nameOf(String p, String dir) {
        String n = p.substring(dir.length(), p.length() - ".mjs".length());
        return n.replace('~', '/');
    }

    /** Resolves a path the ESM loader asks about: a file as named, a relative import to complete, or a bare one. */
    private Optional<Path> resolve(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Path cached = resolvedBare.get(abs);
        if (cached != null) return Optional.of(cached);
        for (Map.Entry<Path, Set<String>> e : bareImports.entrySet()) {
            Path dir = e.getKey();
            if (!abs.startsWith(dir) || abs.equals(dir) || !e.getValue().contains(spec(dir, abs))) continue;
            Optional<Path> target = resolveBare(dir, abs);
            if (target.isPresent()) return target;
        }
        Optional<Path> f = ModuleResolver.fileOrDirectory(abs, false);
        if (f.isPresent()) return f;
        for (Path dir : importerDirs) {
            if (!abs.startsWith(dir) || abs.equals(dir)) continue;
            Optional<Path> target = resolveBare(dir, abs);
            if (target.isPresent()) return target;
        }
        return Optional.empty();
    }

    private static String spec(Path dir, Path abs) {
        return dir.relativize(abs).toString().replace('\\', '/');
    }

    /** {@code abs} read as the bare import {@code <dir>/<spec>} from {@code dir}, remembered when found. */
    private Optional<Path> resolveBare(Path dir, Path abs) {
        try {
            Resolved r = ModuleResolver.resolve(dir, spec(dir, abs), ModuleResolver.Kind.IMPORT, conditions);
            Path target = switch (r) {
                case Resolved.File file -> file.path();
                case Resolved.Builtin b -> builtinPath(b.name());
                case Resolved.Virtual v -> virtualPath(v.id());
            };
            resolvedBare.put(abs, target);
            return Optional.of(target);
        } catch (ModuleNotFoundException e) {
            return Optional.empty();
        }
    }

    private static boolean isVirtual(Path path) {
        return path.startsWith(VIRTUAL);
    }

    /**
     * A JSON file an ES module imports is served as JavaScript (its CommonJS wrapper: a default export and
     * one per top-level key, as bun gives), so it must not be taken for a JSON module: GraalJS refuses one
     * imported without `with { type: "json" }`.
     */
    @Override
    public String getMimeType(Path path) {
        return path.getFileName() != null && (ModuleFormat.isJson(path) || TypedModules.typeByExtension(path) != null)
                ? "application/javascript+module" : null;
    }

    @Override
    public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options) throws IOException {
        if (isVirtual(path)) {
            Map<String, Object> m = new HashMap<>();
            m.put("isRegularFile", true);
            m.put("isDirectory", false);
            m.put("isSymbolicLink", false);
            m.put("isOther", false);
            m.put("size", 0L);
            FileTime t = FileTime.fromMillis(0);
            m.put("lastModifiedTime", t);
            m.put("lastAccessTime", t);
            m.put("creationTime", t);
            return m;
        }
        if (path.toString().contains(FRESH)) path = Path.of(withoutFresh(path.toString()));
        String typed = ImportAttributes.withoutType(path.toString());
        if (typed.length() < path.toString().length()) path = Path.of(typed);
        Optional<Path> p = path.toString().endsWith(ACTUAL) ? target(path).map(t -> Path.of(t.toString().replace(ACTUAL, ""))) : resolve(path);
        if (p.isEmpty() && missingMock(path).isPresent()) return readAttributes(Path.of(VIRTUAL), attributes, options);
        return delegate.readAttributes(p.orElse(path), attributes, options);
    }

    @Override
    public void createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
        delegate.createDirectory(dir, attrs);
    }

    @Override
    public void delete(Path path) throws IOException {
        delegate.delete(path);
    }

    @Override
    public DirectoryStream<Path> newDirectoryStream(Path dir, DirectoryStream.Filter<? super Path> filter) throws IOException {
        if (isVirtual(dir)) throw new NoSuchFileException(dir.toString());
        return delegate.newDirectoryStream(dir, filter);
    }
}
