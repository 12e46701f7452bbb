package dev.tempo.engine.isolate;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How to start a worker JVM with GraalJS's optimizing JIT ({@code --jit}). A stock JDK 25 runs Truffle
 * interpreter-only; with JVMCI enabled and the Graal compiler jar of the same version as the Graal jars
 * (Maven's {@code org.graalvm.compiler:compiler}, copied next to the launcher's libraries by the build) it
 * compiles hot JS. The compiler replaces the JDK's own empty {@code jdk.graal.compiler} module, which takes
 * {@code --upgrade-module-path} and the Graal jars on the module path, not the class path; that also turns
 * the JDK's AOT start-up cache off, which is why only worker JVMs run this way and tempo's own JVM does not.
 */
public final class JitLaunch {
    /** The Graal jars that must be modules for the compiler to find Truffle, with their version. */
    private static final Pattern GRAAL_JAR = Pattern.compile(
            "(polyglot|truffle-api|truffle-runtime|truffle-compiler|js-language|regex|icu4j|collections|word|nativeimage|jniutils|xz)"
                    + "-(\\d+\\.\\d+\\.\\d+)\\.jar");
    /** Set by the launcher or a test to use this compiler jar instead of looking for one. */
    public static final String COMPILER_PROPERTY = "tempo.jit.compiler";

    /** Either the command of a JIT worker or why there is none. */
    public sealed interface Setup {}

    public record Available(List<String> command, Path compiler) implements Setup {}

    public record Unavailable(String reason) implements Setup {}

    private JitLaunch() {}

    /** Looks at this JVM's class path for the Graal jars and for the compiler jar of their version. */
    public static Setup find() {
        return find(System.getProperty("java.class.path", ""), System.getProperty(COMPILER_PROPERTY));
    }

    static Setup find(String classPath, String compilerOverride) {
        List<String> modules = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        String version = null;
        Path truffleRuntime = null;
        for (String entry : classPath.split(File.pathSeparator)) {
            if (entry.isEmpty()) continue;
            Matcher m = GRAAL_JAR.matcher(Path.of(entry).getFileName().toString());
            if (m.matches()) {
                modules.add(entry);
                version = m.group(2);
                if (m.group(1).equals("truffle-runtime")) truffleRuntime = Path.of(entry);
            } else {
                rest.add(entry);
            }
        }
        if (truffleRuntime == null) return new Unavailable("the Truffle runtime jar is not on tempo's class path");
        Optional<Path> compiler = compilerOverride != null ? Optional.of(Path.of(compilerOverride)) : compilerNear(truffleRuntime, version);
        if (compiler.isEmpty() || !Files.isRegularFile(compiler.get())) {
            return new Unavailable("the Graal compiler jar (org.graalvm.compiler:compiler:" + version + ") was not found"
                    + compiler.map(p -> " at " + p).orElse(" next to " + truffleRuntime.getParent()));
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(WorkerProcess.javaExecutable());
        cmd.addAll(List.of("-XX:+UnlockExperimentalVMOptions", "-XX:+EnableJVMCI",
                "--upgrade-module-path=" + compiler.get(), "--module-path", String.join(File.pathSeparator, modules),
                "--add-modules", "ALL-MODULE-PATH", "--enable-native-access=org.graalvm.truffle",
                // measured best on 2 cores: the first tier only, compiled soon, leaves a core to the tests
                "-Dpolyglot.engine.Mode=latency"));
        for (String arg : WorkerProcess.inheritedJvmOptions()) {
            // C1 only would leave the Graal compiler (Java code itself) slow to compile JS: full tiering here
            if (arg.startsWith("-XX:TieredStopAtLevel") || arg.startsWith("-XX:AOTCache") || arg.startsWith("-Xlog:aot")
                    || arg.startsWith("-Xlog:cds")) continue;
            cmd.add(arg);
        }
        cmd.add("-cp");
        cmd.add(String.join(File.pathSeparator, rest));
        cmd.add(WorkerMain.class.getName());
        return new Available(List.copyOf(cmd), compiler.get());
    }

    /**
     * The compiler jar where the build puts it ({@code lib/../jit/compiler-V.jar}) or, for a class path of
     * Maven repository jars (tests), at its place in that repository.
     */
    private static Optional<Path> compilerNear(Path truffleRuntime, String version) {
        String name = "compiler-" + version + ".jar";
        Path lib = truffleRuntime.toAbsolutePath().getParent();
        Path besideLib = lib.resolveSibling("jit").resolve(name);
        if (Files.isRegularFile(besideLib)) return Optional.of(besideLib);
        // .../org/graalvm/truffle/truffle-runtime/V/truffle-runtime-V.jar -> .../org/graalvm/compiler/compiler/V/
        Path repo = lib.getParent() == null || lib.getParent().getParent() == null ? null : lib.getParent().getParent().getParent();
        if (repo != null && repo.endsWith(Path.of("org", "graalvm"))) {
            Path inRepo = repo.resolve(Path.of("compiler", "compiler", version, name));
            if (Files.isRegularFile(inRepo)) return Optional.of(inRepo);
        }
        return Optional.of(besideLib);
    }
}
