package dev.tempo.engine.run;

import dev.tempo.engine.js.JsLiterals;
import dev.tempo.engine.events.ErrorInfo;
import dev.tempo.engine.events.FileResult;
import dev.tempo.engine.events.RunEvent;
import dev.tempo.engine.events.RunEvent.TestFile;
import dev.tempo.engine.events.RunListener;
import dev.tempo.engine.events.TestId;
import dev.tempo.engine.events.TestResult;
import dev.tempo.engine.events.TestStatus;
import dev.tempo.engine.host.HostBridge;
import dev.tempo.engine.js.JsBootstrap;
import dev.tempo.engine.js.JsEngine;
import dev.tempo.engine.loop.EventLoop;
import dev.tempo.engine.loop.FakeClockBridge;
import dev.tempo.engine.loop.Watchdog;
import dev.tempo.engine.module.ModuleFileSystem;
import dev.tempo.engine.module.ModuleHooks;
import dev.tempo.engine.module.ModuleNotFoundException;
import dev.tempo.engine.module.ModuleResolver;
import dev.tempo.engine.module.PreparedFile;
import dev.tempo.engine.module.Resolved;
import dev.tempo.engine.module.SourceMap;
import dev.tempo.engine.module.TranspileException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.SourceSection;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.IOAccess;
import org.graalvm.polyglot.proxy.ProxyArray;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.graalvm.polyglot.proxy.ProxyObject;

/**
 * Runs one test file in a fresh context on the calling thread: sets the context up, loads the file
 * (ESM or CommonJS), runs its tests through the event loop and reports everything as events. Any
 * failure to load ends the file with a load error; it never throws for a user's mistake.
 */
public final class FileRunner implements ModuleHooks, EventLoop.Failures, TestRunner.Reports {
    private static final String BUN_VERSION = "1.4.5";

    private final TestFile file;
    private final FileSettings settings;
    /** Closed once the file has its final state: nothing it does later is reported. */
    private final FileGate listener;
    private final BooleanSupplier bailed;
    /** Why the file crashed (set by the memory guard, the stuck-call check or a caught crash); else null. */
    private volatile String crashCause;
    private Runnable onAbandoned = () -> { };
    private long started;
    private int filteredOut;
    private int expectCallsOutsideTests;
    private final Set<Path> loadedFiles = new LinkedHashSet<>();
    private final SnapshotHost snapshots = new SnapshotHost();
    private ConsoleErrorStack consoleErrors;

    private Context context;
    private ModuleFileSystem fs;
    private EventLoop loop;
    private Watchdog watchdog;
    private Value runtime;
    private Value settle;
    /** The calls into user code in flight, once the tests run. */
    private UserCalls userCalls;
    private TestRunner runner;
    /** A test's or hook's timeout when it has none of its own (setDefaultTimeout changes it). */
    private double defaultTimeout;
    private TestId currentTest;
    private int pass, fail, skip, todo, unhandled, timedOut;
    /** The unhandled errors that were describe callbacks throwing: they do not stop the file's tests. */
    private int collectErrors;
    /** Set when the file called process.exit: nothing more of it runs or is reported. */
    private Integer exitCode;
    private String exitStack;
    /** --isolate-failures: the one test to run, or null for all. */
    private List<String> onlyTest;
    /** Where the watchdog's interrupt stopped user code, until the loop reports the interrupt. */
    private String interruptedAt;

    public FileRunner(TestFile file, FileSettings settings, RunListener listener, BooleanSupplier bailed) {
        this.file = file;
        this.settings = settings;
        this.listener = new FileGate(file, listener);
        this.bailed = bailed;
        this.defaultTimeout = settings.timeoutMillis();
    }

    /** Called (on the watchdog's thread) when this file was given up because its thread would not stop. */
    public FileRunner onAbandoned(Runnable action) {
        this.onAbandoned = action;
        return this;
    }

    /** Runs only the test with this describe-and-name path (the rest is left out unseen); returns this. */
    public FileRunner onlyTest(List<String> path) {
        this.onlyTest = List.copyOf(path);
        return this;
    }

    /** Every file this test file loaded, itself included: the import graph's edges from it. */
    public Set<Path> loadedFiles() {
        return loadedFiles;
    }

    public FileResult run() {
        started = System.nanoTime();
        thread = Thread.currentThread();
        listener.onEvent(new RunEvent.FileStarted(file));
        ErrorInfo loadError = null;
        fs = new ModuleFileSystem(this, settings.conditions());
        fs.addImporterDir(file.path().getParent());
        loop = new EventLoop(this);
        try {
            context = JsEngine.contextBuilder()
                    .allowIO(IOAccess.newBuilder().fileSystem(fs).build())
                    .build();
            watchdog = new Watchdog(context, this::stuck);
            MemoryGuard.watch(this);
            // The context is not entered for the whole file: between calls into JS the thread is
            // outside it, so a watchdog interrupt completes as soon as the hung call unwinds.
            runtime = firstSetUpAlone();
            loop.setTickRunner(runtime.getMember("runTicks"));
            loadError = load();
            // An error that escaped while the file loaded (an unhandled rejection at top level) ends it,
            // as in bun: it is reported between tests and no test runs.
            if (loadError == null && unhandled == collectErrors && exitCode == null) runTests();
            if (exitCode != null && exitCode != 0) exitError();
        } catch (PolyglotException e) {
            if (crashCause == null && e.isResourceExhausted()) crashCause = "it ran out of memory: " + e.getMessage();
            if (crashCause == null && loadError == null && exitCode == null) loadError = errorOf(e);
        } catch (OutOfMemoryError e) {
            crashCause = "it ran out of memory (the Java heap is full): " + e.getMessage();
        } catch (StackOverflowError e) {
            crashCause = "it overflowed the Java stack outside JS";
        } catch (RuntimeException e) {
            if (crashCause == null) loadError = ErrorInfo.of("InternalError", "tempo failed while running this file: " + e);
        } finally {
            MemoryGuard.forget(this);
            loop.clear();
            if (watchdog != null) watchdog.close();
            if (context != null) {
                try {
                    context.close(true);
                } catch (RuntimeException ignored) {
                    // closing a cancelled context can throw; the file is over either way
                }
            }
        }
        FileResult result = crashCause != null ? crashed(crashCause) : result(loadError);
        listener.finish(result);
        return result;
    }

    private FileResult result(ErrorInfo loadError) {
        FileResult.FileStatus status = loadError != null ? FileResult.FileStatus.LOAD_ERROR
                : timedOut > 0 ? FileResult.FileStatus.TIMED_OUT
                : fail > 0 || unhandled > 0 ? FileResult.FileStatus.FAILED : FileResult.FileStatus.PASSED;
        return new FileResult(status, (System.nanoTime() - started) / 1e6, loadError, pass, fail, skip, todo, unhandled,
                filteredOut, snapshots.counts(), loadedFiles, expectCallsOutsideTests);
    }

    /** The file's final state after a crash: what it reported before is kept, the cause is its error. */
    private FileResult crashed(String cause) {
        TestId test = currentTest;
        String where = test == null ? "" : " (in test \"" + test.fullName() + "\")";
        ErrorInfo error = ErrorInfo.of("CrashError", file.displayPath() + " crashed" + where + ": " + cause);
        return new FileResult(FileResult.FileStatus.CRASHED, (System.nanoTime() - started) / 1e6, error, pass, fail, skip,
                todo, unhandled, filteredOut, snapshots.counts(), Set.copyOf(loadedFiles), expectCallsOutsideTests);
    }

    // ---- crashes seen from other threads ----

    /** The thread running this file (for {@link MemoryGuard}). */
    volatile Thread thread;

    TestFile file() {
        return file;
    }

    /**
     * The memory guard picked this file as the one filling the heap: its context is cancelled (off the
     * caller's thread: cancelling waits for the file's thread to leave JS) and the file ends CRASHED.
     */
    void crash(String cause) {
        if (crashCause != null) return;
        crashCause = cause;
        Context c = context;
        if (c == null) return;
        Thread.ofPlatform().daemon().name("tempo-cancel").start(() -> {
            try {
                c.close(true);
            } catch (RuntimeException ignored) {
                // already closed, or closing from here is refused: the file's own thread closes it
            }
        });
    }

    /**
     * The watchdog's interrupt did not stop the file's thread (it is blocked in a call below JS, such as a
     * read that never returns): the file ends CRASHED now with what it reported so far, the thread is left
     * behind (a daemon) and whoever ran the file carries on elsewhere.
     */
    private void stuck(java.time.Duration budget) {
        String cause = "it did not stop within " + budget.toSeconds() + " s after its timeout (blocked in a call below JS)";
        crashCause = cause;
        MemoryGuard.forget(this);
        if (listener.finish(crashed(cause))) onAbandoned.run();
    }

    private static final Object FIRST_SET_UP = new Object();
    private static volatile boolean setUpOnce;

    /**
     * The first context of the process parses tempo's runtime (the engine caches the parse for all later
     * contexts). Workers that start together would each parse it; the others wait for the first instead,
     * leaving the core to the JIT compiler meanwhile.
     */
    private Value firstSetUpAlone() {
        if (setUpOnce) return setUp();
        synchronized (FIRST_SET_UP) {
            try {
                return setUp();
            } finally {
                setUpOnce = true;
            }
        }
    }

    // Sources every context evaluates, parsed once for the process (a string eval parses every time).
    private static final Source NEW_OBJECT = Source.newBuilder("js", "({})", "tempo:object").cached(true).buildLiteral();
    private static final Source PAIR = Source.newBuilder("js", "(function (a, b) { return [a, b]; })", "tempo:pair")
            .cached(true).buildLiteral();
    private static final Source SETTLE = Source.newBuilder("js", "(function (kind, arg, ok, ko) {"
            + " let p; try { p = kind === 'import' ? import(arg) : arg(); } catch (e) { ko(e); return; }"
            + " Promise.resolve(p).then(ok, ko); })", "tempo:settle").cached(true).buildLiteral();
    private static final String EXEC_PATH = ProcessHandle.current().info().command().orElse("java");
    /** The last environment turned into JSON: every file of a run has the same one. */
    private record EnvJson(Map<String, String> env, String json) {}

    private static volatile EnvJson lastEnv;

    private static String envJson(Map<String, String> env) {
        EnvJson last = lastEnv;
        if (last != null && last.env == env) return last.json;
        EnvJson made = new EnvJson(env, JsLiterals.object(env));
        lastEnv = made;
        return made.json;
    }

    private Value setUp() {
        Value bridge = context.eval(NEW_OBJECT);
        HostBridge.install(context, bridge);
        installHostFunctions(bridge);
        snapshots.install(bridge);
        Value requireInternal = JsBootstrap.install(context, bridge);
        Value config = context.eval(NEW_OBJECT);
        config.putMember("file", file.path().toString());
        config.putMember("testNamePattern", settings.testNamePattern());
        config.putMember("runTodo", settings.runTodo());
        config.putMember("only", settings.only());
        config.putMember("updateSnapshots", settings.updateSnapshots());
        config.putMember("ci", settings.ci());
        if (onlyTest != null) {
            config.putMember("onlyTestPath", "[" + String.join(",", onlyTest.stream().map(JsLiterals::string).toList()) + "]");
        }
        config.putMember("cwd", settings.cwd().toString());
        config.putMember("env", envJson(settings.env()));
        config.putMember("argv", context.eval(PAIR).execute("tempo", file.path().toString()));
        config.putMember("execPath", EXEC_PATH);
        config.putMember("bunVersion", BUN_VERSION);
        return requireInternal.execute("runtime/setup").execute(bridge, config);
    }

    /** Loads preloads and the test file; returns the load error, or null. */
    private ErrorInfo load() {
        List<Path> entries = new ArrayList<>(settings.preload());
        entries.add(file.path());
        for (Path entry : entries) {
            ErrorInfo e = loadOne(entry);
            if (e != null) return e;
        }
        return null;
    }

    private ErrorInfo loadOne(Path path) {
        PreparedFile prepared;
        loadedFiles.add(path); // even when it does not parse: saving a fix must rerun it
        try {
            prepared = PreparedFile.of(path);
        } catch (TranspileException e) {
            return new ErrorInfo("SyntaxError", e.getMessage(),
                    List.of(new ErrorInfo.StackFrame("", e.file().toString(), e.line(), e.column())), null, null);
        } catch (IOException e) {
            return ErrorInfo.of("Error", "cannot read " + path + ": " + e.getMessage());
        }
        try {
            if (prepared.esm()) {
                Settled s = await("import", Value.asValue(path.toString()));
                if (s.error != null && exitCode == null) return parseError(keptLoadErrorOr(errorOfValue(s.error)));
            } else {
                runtime.invokeMember("runMain", path.toString());
            }
        } catch (PolyglotException e) {
            return exitCode != null ? null : parseError(errorOf(e));
        }
        return null;
    }

    /**
     * A named import from a CommonJS module that threw while loading fails to link ("does not provide an
     * export named") before the module's own error can surface; that error is the one to report.
     */
    private ErrorInfo keptLoadErrorOr(ErrorInfo e) {
        if (e.message() == null || !e.message().contains("does not provide an export named")) return e;
        Value kept = runtime.invokeMember("takeKeptLoadError");
        return kept == null || kept.isNull() ? e : errorOfValue(kept.getMember("error"));
    }

    private static final java.util.regex.Pattern GRAAL_SYNTAX = java.util.regex.Pattern.compile("^(.+?):(\\d+):(\\d+) ([^\n]*)");

    /**
     * GraalJS reports a file that does not parse as a SyntaxError whose message is
     * "file:line:col0 text" plus its own excerpt, with no stack in the file; bun shows the file, line and
     * 1-based column and its own excerpt ("Unexpected ;").
     */
    private static ErrorInfo parseError(ErrorInfo e) {
        if (!"SyntaxError".equals(e.name()) || e.message() == null) return e;
        java.util.regex.Matcher m = GRAAL_SYNTAX.matcher(e.message());
        if (!m.find() || !m.group(1).startsWith("/")) return e;
        String text = m.group(4).replaceFirst("^Expected .+ but found eof$", "Unexpected end of file")
                .replaceFirst("^Expected (?:an operand|;) but found (.+)$", "Unexpected $1");
        int line = Integer.parseInt(m.group(2));
        int column = Integer.parseInt(m.group(3)) + 1;
        if (CompiledCommonJs.isWrapped(Path.of(m.group(1)))) column = CompiledCommonJs.column(line, column);
        return new ErrorInfo("SyntaxError", text, List.of(new ErrorInfo.StackFrame("", m.group(1), line, column)), null, null);
    }

    /**
     * Runs the describe bodies, then the tests (run/TestRunner), then ends the file's fake timers and saves
     * its snapshots. An error collecting, or a run that stalls (a promise that never settles, no timer left
     * to settle it), is reported between tests.
     */
    private void runTests() {
        Settled s = await("call", runtime.getMember("collect"));
        if (exitCode != null) return;
        ErrorInfo stalled = null;
        if (s.error == null) {
            TestTree tree = new TestTree();
            runtime.invokeMember("plan", tree.sink());
            userCalls = new UserCalls(loop, watchdog, runtime, stack -> interruptedAt = stack);
            runner = new TestRunner(tree, userCalls, runtime, this, settings);
            runner.start();
            boolean finished = loop.runUntil(() -> runner.finished() || exitCode != null);
            if (exitCode != null) return;
            if (!finished && !runner.finished()) stalled = ErrorInfo.of("Error", STALLED);
        }
        runtime.invokeMember("finish");
        if (s.error != null || stalled != null) {
            unhandled++;
            listener.onEvent(new RunEvent.UnhandledError(file, stalled != null ? stalled : errorOfValue(s.error)));
        }
    }

    private static final String STALLED = "the file stopped with work still pending: a promise that never settles and no timer left to settle it";

    // ---- TestRunner.Reports ----

    @Override
    public void testStarted(List<String> path) {
        if (exitCode != null) return;
        currentTest = new TestId(file.displayPath(), path);
        listener.onEvent(new RunEvent.TestStarted(file, currentTest));
    }

    @Override
    public boolean bailed() {
        return bailed.getAsBoolean();
    }

    @Override
    public double defaultTimeout() {
        return defaultTimeout;
    }

    /** The outcome of a promise the loop ran to completion. */
    private static final class Settled {
        boolean done;
        Value error;
    }

    /**
     * Starts {@code import(arg)} or {@code arg()} and runs the loop until its promise settles. The
     * handlers are attached in the same call that makes the promise, so a rejection is never seen as
     * unhandled by the rejection tracker.
     */
    private Settled await(String kind, Value arg) {
        Settled s = new Settled();
        if (settle == null) settle = context.eval(SETTLE);
        settle.execute(kind, arg,
                (ProxyExecutable) a -> { s.done = true; return null; },
                (ProxyExecutable) a -> { s.done = true; s.error = a.length > 0 ? a[0] : null; return null; });
        boolean finished = loop.runUntil(() -> s.done || exitCode != null);
        if (exitCode != null) return s;
        if (!finished && !s.done) {
            s.done = true;
            s.error = context.eval("js", "new Error(" + JsLiterals.string(STALLED) + ")");
        }
        return s;
    }

    // ---- host functions the JS runtime calls ----

    private void installHostFunctions(Value bridge) {
        bridge.putMember("resolve", (ProxyExecutable) a -> resolve(a[0].asString(), a[1].asString(), a[2].asString()));
        bridge.putMember("isEsm", (ProxyExecutable) a -> prepared(a[0].asString()).esm());
        bridge.putMember("compileCjs", (ProxyExecutable) a -> {
            PreparedFile p = prepared(a[0].asString());
            fs.addImporter(p.path(), p.code()); // its import() calls resolve through the module loader
            return context.eval(CompiledCommonJs.of(p));
        });
        bridge.putMember("setMocked", (ProxyExecutable) a -> { fs.setMocked(a[0].asString(), a[1].asInt()); return null; });
        bridge.putMember("esmGeneration", (ProxyExecutable) a -> fs.freshGeneration());
        bridge.putMember("newEsmGeneration", (ProxyExecutable) a -> fs.newFreshGeneration());
        bridge.putMember("setEsmGeneration", (ProxyExecutable) a -> { fs.setFreshGeneration(a[0].asInt()); return null; });
        bridge.putMember("originalFrame", (ProxyExecutable) a -> {
            Object[] at = StackTraces.originalFrame(a[0].asString(), a[1].asInt(), a[2].asInt());
            return at == null ? null : ProxyArray.fromArray(at);
        });
        bridge.putMember("importEsmSync", (ProxyExecutable) a -> importEsmSync(a[0].asString()));
        bridge.putMember("readText", (ProxyExecutable) a -> {
            try {
                Path p = Path.of(a[0].asString());
                loadedFiles.add(p);
                return Files.readString(p, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new ModuleNotFoundException("cannot read " + a[0].asString() + ": " + e.getMessage());
            }
        });
        bridge.putMember("describeStack", (ProxyExecutable) a -> {
            if (consoleErrors == null) consoleErrors = new ConsoleErrorStack();
            return consoleErrors.describe(a[0].asString());
        });
        bridge.putMember("setTimer", (ProxyExecutable) a -> loop.setTimer(a[0], a[1].asDouble(), a[2].asBoolean()));
        bridge.putMember("clearTimer", (ProxyExecutable) a -> { loop.clearTimer(a[0].asLong()); return null; });
        bridge.putMember("refTimer", (ProxyExecutable) a -> { loop.refTimer(a[0].asLong(), a[1].asBoolean()); return null; });
        bridge.putMember("setImmediate", (ProxyExecutable) a -> loop.setImmediate(a[0]));
        bridge.putMember("clearImmediate", (ProxyExecutable) a -> { loop.clearImmediate(a[0].asLong()); return null; });
        bridge.putMember("enqueueTask", (ProxyExecutable) a -> { loop.enqueueTask(a[0]); return null; });
        bridge.putMember("enqueueMessage", (ProxyExecutable) a -> { loop.enqueueMessage(a[0]); return null; });
        bridge.putMember("ticksQueued", (ProxyExecutable) a -> { loop.ticksQueued(); return null; });
        bridge.putMember("fakeClock", FakeClockBridge.of(loop.fakeClock()));
        bridge.putMember("nanos", (ProxyExecutable) a -> System.nanoTime());
        bridge.putMember("sleepSync", (ProxyExecutable) a -> {
            try {
                Thread.sleep((long) a[0].asDouble());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        });
        bridge.putMember("exit", (ProxyExecutable) a -> {
            if (exitCode == null) {
                exitCode = a[0].asInt();
                exitStack = a[1].isString() ? a[1].asString() : null;
            }
            return null;
        });
        bridge.putMember("setDefaultTimeout", (ProxyExecutable) a -> { defaultTimeout = a[0].asDouble(); return null; });
        bridge.putMember("callCapturing", (ProxyExecutable) a -> userCalls.callCapturing(a[0], a[1], a[2]));
        bridge.putMember("markRunningTest", (ProxyExecutable) a -> {
            if (runner != null) runner.markRunning(a[0].asString());
            return null;
        });
        bridge.putMember("failRunningTests", (ProxyExecutable) a -> userCalls != null && userCalls.uncaught(a[0]));
        bridge.putMember("noteFilteredOut", (ProxyExecutable) a -> { filteredOut += a[0].asInt(); return null; });
        bridge.putMember("noteExpectCallsOutsideTests", (ProxyExecutable) a -> { expectCallsOutsideTests += a[0].asInt(); return null; });
        bridge.putMember("write", (ProxyExecutable) a -> {
            if (exitCode != null) return null;
            RunEvent.Stream stream = "stderr".equals(a[0].asString()) ? RunEvent.Stream.STDERR : RunEvent.Stream.STDOUT;
            listener.onEvent(new RunEvent.ConsoleOutput(file, currentTest, stream, a[1].asString()));
            return null;
        });
        bridge.putMember("emitCollectError", (ProxyExecutable) a -> {
            if (exitCode != null) return null;
            unhandled++;
            collectErrors++;
            listener.onEvent(new RunEvent.UnhandledError(file, errorOfRecord(a[0])));
            return null;
        });
        bridge.putMember("emitUnhandled", (ProxyExecutable) a -> {
            if (exitCode != null) return null;
            unhandled++;
            listener.onEvent(new RunEvent.UnhandledError(file, errorOfRecord(a[0])));
            return null;
        });
    }

    /**
     * bun ends the whole run at process.exit(code) with that code and prints nothing more. tempo ends
     * only the file, so other files' results are kept; a non-zero code is reported as an error of the
     * file (the run then exits 1), where the call was made.
     */
    private void exitError() {
        unhandled++;
        ErrorInfo e = StackTraces.errorInfo("Error", "process.exit(" + exitCode + ") was called: the rest of this file did not run",
                exitStack, null, null);
        listener.onEvent(new RunEvent.UnhandledError(file, e));
    }

    @Override
    public void testFinished(List<String> path, Value where, TestStatus st, double ms, List<Object> errors, int expectCalls,
                             boolean timedOut, int attempt, List<Object> earlierErrors) {
        if (exitCode != null) return;
        TestId id = new TestId(file.displayPath(), path);
        int line = originalLine(where);
        switch (st) {
            case PASS -> pass++;
            case FAIL -> fail++;
            case SKIP -> skip++;
            case TODO -> todo++;
        }
        List<ErrorInfo> list = new ArrayList<>(errors.size());
        for (Object e : errors) list.add(errorOf(e));
        // A timed-out test, or a hook that timed out (reported as a failing unnamed test), times the file out.
        if (st == TestStatus.FAIL && (timedOut || list.stream().anyMatch(e -> "TimeoutError".equals(e.name())))) this.timedOut++;
        currentTest = null;
        List<ErrorInfo> earlier = new ArrayList<>(earlierErrors.size());
        for (Object e : earlierErrors) earlier.add(errorOf(e));
        listener.onEvent(new RunEvent.TestFinished(file, new TestResult(id, st, ms, list, expectCalls, timedOut, line, attempt,
                earlier, false)));
    }

    /**
     * A test's line in the file as the user wrote it. {@code where} is the test's own function (its
     * place in the source, read here: far cheaper than a stack trace at every test() call) or, for a
     * test without one, {line, column} from its stack (whose positions are the original ones).
     */
    private int originalLine(Value where) {
        if (where == null || where.isNull()) return 0;
        if (!where.canExecute()) return where.getMember("line").asInt(); // stack text: mapped already
        SourceSection at = where.getSourceLocation();
        if (at == null || !file.path().toString().equals(pathOf(at.getSource()))) return 0;
        int line = at.getStartLine();
        int column = at.getStartColumn();
        SourceMap map = PreparedFile.mapFor(file.path());
        return map == null ? line : map.original(line, column)[0];
    }

    /** A loaded file's path: ES modules come from the file system, CommonJS ones are named after it. */
    private static String pathOf(Source source) {
        return source.getPath() != null ? source.getPath() : source.getName();
    }

    /** An error the runner kept: one of tempo's own, or a thrown value described now. */
    private ErrorInfo errorOf(Object error) {
        return error instanceof ErrorInfo info ? info : errorOfValue((Value) error);
    }

    private ProxyObject resolve(String fromDir, String spec, String kind) {
        Resolved r = ModuleResolver.resolve(Path.of(fromDir), spec,
                "import".equals(kind) ? ModuleResolver.Kind.IMPORT : ModuleResolver.Kind.REQUIRE, settings.conditions());
        Map<String, Object> out = switch (r) {
            case Resolved.File f -> Map.of("type", "file", "path", f.path().toString());
            case Resolved.Builtin b -> Map.of("type", "builtin", "name", b.name());
            case Resolved.Virtual v -> Map.of("type", "virtual", "id", v.id());
        };
        return ProxyObject.fromMap(out);
    }

    /** A file a require() is about to load; recorded first, so one that fails to parse is in the graph too. */
    private PreparedFile prepared(String path) {
        loadedFiles.add(Path.of(path));
        try {
            return PreparedFile.of(Path.of(path));
        } catch (TranspileException e) {
            throw new IllegalStateException(e.file() + ":" + e.line() + ":" + e.column() + ": SyntaxError: " + e.getMessage());
        } catch (IOException e) {
            throw new ModuleNotFoundException("cannot read " + path + ": " + e.getMessage());
        }
    }

    private Value importEsmSync(String path) {
        Path p = Path.of(path);
        loadedFiles.add(p);
        String text;
        try {
            text = fs.moduleText(p);
        } catch (IOException e) {
            throw new ModuleNotFoundException("cannot read " + path + ": " + e.getMessage());
        }
        // A source tied to the file (not a literal with a URI): GraalJS resolves the module's own bare
        // imports relative to its source's path, which a literal does not have.
        Source src;
        try {
            src = Source.newBuilder("js", p.toFile()).content(text).mimeType("application/javascript+module").build();
        } catch (IOException e) {
            throw new ModuleNotFoundException("cannot read " + path + ": " + e.getMessage());
        }
        return context.eval(src);
    }

    // ---- ModuleHooks ----

    @Override
    public String commonJsWrapper(Path path) {
        Value exports = runtime.invokeMember("exportsForEsm", path.toString());
        return EsmWrappers.of("__tempo.cjs(" + JsLiterals.string(path.toString()) + ")", exports, true, path.toString());
    }

    @Override
    public String mockedModule(String key) {
        Value exports = runtime.invokeMember("mockedExports", key);
        return EsmWrappers.mock("__tempo.mocked(" + JsLiterals.string(key) + ")", exports, key);
    }

    @Override
    public String builtinWrapper(String name) {
        if (!runtime.invokeMember("supportsBuiltin", name).asBoolean()) return null;
        try {
            Value exports = runtime.invokeMember("builtin", name);
            return EsmWrappers.of("__tempo.builtin(" + JsLiterals.string(name) + ")", exports, false, "node:" + name);
        } catch (PolyglotException e) {
            return "throw new Error(" + JsLiterals.string(e.getMessage()) + ");";
        }
    }

    @Override
    public String virtualWrapper(String id) {
        try {
            Value exports = runtime.invokeMember("virtual", id);
            return EsmWrappers.of("__tempo.virtual(" + JsLiterals.string(id) + ")", exports, false);
        } catch (PolyglotException e) {
            return "throw new Error(" + JsLiterals.string(e.getMessage()) + ");";
        }
    }

    @Override
    public void loaded(Path path) {
        loadedFiles.add(path);
    }

    // ---- EventLoop.Failures ----

    /**
     * The watchdog stopped a synchronous hang. The interrupt's guest stack says where the user's code was
     * (the loop's line): that stack, when it reaches a user file, goes with the timeout.
     */
    @Override
    public void interrupted(PolyglotException e) {
        watchdog.awaitInterrupt();
        String stack = StackTraces.stackText(e);
        if (StackTraces.frames(stack).isEmpty()) stack = interruptedAt;
        interruptedAt = null;
        if (userCalls != null) userCalls.interrupted(stack == null || StackTraces.frames(stack).isEmpty() ? null : stack);
    }

    @Override
    public void escaped(PolyglotException e) {
        if (e.isResourceExhausted()) throw e; // ends the file as crashed
        if (e.isGuestException() && e.getGuestObject() != null) runtime.invokeMember("uncaught", e.getGuestObject());
        else {
            unhandled++;
            listener.onEvent(new RunEvent.UnhandledError(file, errorOf(e)));
        }
    }

    // ---- errors ----

    private ErrorInfo errorOfRecord(Value r) {
        String message = str(r, "message");
        ErrorInfo info = StackTraces.errorInfo(str(r, "name"), fs.notFoundMessage(message), str(r, "stack"), str(r, "expected"),
                str(r, "actual"), str(r, "thrown"));
        if (!info.frames().isEmpty()) return info;
        // A static import of a builtin tempo lacks fails as the file links, with no position: point at the import.
        return ModuleFileSystem.unsupportedImport(message).flatMap(ImportSite::of)
                .map(at -> new ErrorInfo(info.name(), info.message(), List.of(at), info.expected(), info.actual(), info.thrown()))
                .orElse(info);
    }

    private ErrorInfo errorOfValue(Value thrown) {
        if (thrown == null) return ErrorInfo.of("Error", "unknown error");
        return errorOfRecord(runtime.invokeMember("describe", thrown));
    }

    private ErrorInfo errorOf(PolyglotException e) {
        if (e.isGuestException() && e.getGuestObject() != null && runtime != null) {
            try {
                return errorOfValue(e.getGuestObject());
            } catch (PolyglotException ignored) {
                // fall through to the host's view of it
            }
        }
        String msg = e.getMessage() == null ? e.toString() : e.getMessage();
        List<ErrorInfo.StackFrame> frames = new ArrayList<>();
        if (e.getSourceLocation() != null && e.getSourceLocation().getSource().getPath() != null) {
            var loc = e.getSourceLocation();
            frames.add(new ErrorInfo.StackFrame("", loc.getSource().getPath(), loc.getStartLine(), loc.getStartColumn()));
        }
        String name = msg.startsWith("SyntaxError") ? "SyntaxError" : "Error";
        return new ErrorInfo(name, msg.replaceFirst("^SyntaxError:\\s*", ""), frames, null, null);
    }

    private static String str(Value r, String key) {
        Value v = r.getMember(key);
        return v == null || v.isNull() ? null : v.isString() ? v.asString() : v.toString();
    }
}
