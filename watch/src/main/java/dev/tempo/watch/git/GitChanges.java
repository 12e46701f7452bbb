package dev.tempo.watch.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/** The files that differ between the working tree and a git revision, untracked files included. */
public final class GitChanges {
    /** Why the changed files could not be listed, in one line. */
    public static final class GitException extends Exception {
        public GitException(String message) {
            super(message);
        }
    }

    private GitChanges() {}

    /** Absolute paths of files changed in the working tree since {@code ref} (staged or not), and new untracked files. */
    public static Set<Path> since(Path dir, String ref) throws GitException {
        String top = git(dir, "--changed needs a git repository, and " + dir + " is not in one", "rev-parse", "--show-toplevel").strip();
        Path root = Path.of(top);
        Set<Path> out = new LinkedHashSet<>();
        for (String line : git(dir, "--changed=" + ref + ": git cannot compare with '" + ref + "'",
                "diff", "--name-only", "--no-renames", ref, "--").split("\n")) {
            if (!line.isBlank()) out.add(root.resolve(line.strip()));
        }
        for (String line : git(dir, "--changed: git cannot list untracked files", "ls-files", "--others", "--exclude-standard", "--full-name")
                .split("\n")) {
            if (!line.isBlank()) out.add(root.resolve(line.strip()));
        }
        return out;
    }

    private static String git(Path dir, String failure, String... args) throws GitException {
        List<String> cmd = new ArrayList<>(List.of("git", "-C", dir.toString()));
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(false).start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new GitException(failure + ": git did not answer within 60 s");
            }
            if (p.exitValue() != 0) {
                String first = err.isEmpty() ? "exit code " + p.exitValue() : err.lines().findFirst().orElse(err);
                throw new GitException(failure + " (" + first + ")");
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new GitException(failure + ": cannot run git (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GitException(failure + ": interrupted");
        }
    }
}
