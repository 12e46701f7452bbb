package dev.tempo.tui.cli;

/** The {@code tempo} executable. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        CliEnvironment env = CliEnvironment.system();
        System.exit(new TempoCommand(new EngineLauncher(env), env).execute(args));
    }
}
