package dev.tempo.tui.screen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A private tmux server (its own socket, no user configuration) with one detached session of a fixed
 * size, driven the way a person would: keys in, the visible screen out.
 */
final class Tmux {
    /** How long a screen may take to show what a test waits for: a cold JVM and engine on a busy 2-core machine. */
    static final long WAIT_MILLIS = 180_000;

    private final Path socket;

    private Tmux(Path socket) {
        this.socket = socket;
    }

    static boolean installed() {
        try {
            Process p = new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Starts a server whose socket lives in dir, and a session of cols x rows running the shell command. */
    static Tmux start(Path dir, int cols, int rows, String command) throws IOException, InterruptedException {
        Tmux t = new Tmux(dir.resolve("tmux.sock"));
        t.run("new-session", "-d", "-s", "tempo", "-x", String.valueOf(cols), "-y", String.valueOf(rows), command);
        return t;
    }

    /** Named keys as tmux knows them (Down, Escape, Enter) or single characters. */
    void keys(String... keys) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", "tempo"));
        args.addAll(List.of(keys));
        run(args.toArray(String[]::new));
    }

    /** Text typed literally. */
    void typed(String text) throws IOException, InterruptedException {
        run("send-keys", "-t", "tempo", "-l", text);
    }

    /** The visible screen as text. */
    String capture() throws IOException, InterruptedException {
        return run("capture-pane", "-p", "-t", "tempo");
    }

    /** Polls the screen until it shows what the check wants; fails with the last screen when it never does. */
    String waitFor(String what, Predicate<String> check) throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        String screen = capture();
        while (!check.test(screen)) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("waited " + WAIT_MILLIS / 1000 + " s for " + what + "; the screen shows:\n" + screen);
            }
            Thread.sleep(200);
            screen = capture();
        }
        return screen;
    }

    void killServer() throws IOException, InterruptedException {
        run("kill-server");
    }

    private String run(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("tmux", "-S", socket.toString(), "-f", "/dev/null"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("tmux " + args[0] + " did not finish in 30 s");
        }
        if (p.exitValue() != 0 && !args[0].equals("kill-server")) {
            throw new IOException("tmux " + String.join(" ", args) + " failed (exit " + p.exitValue() + "): " + out.strip());
        }
        return out;
    }
}
