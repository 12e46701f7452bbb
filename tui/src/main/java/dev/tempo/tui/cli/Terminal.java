package dev.tempo.tui.cli;

/** Whether output should be coloured: on a terminal, unless NO_COLOR; FORCE_COLOR forces it. */
final class Terminal {
    private Terminal() {}

    static boolean colorEnabled() {
        String force = System.getenv("FORCE_COLOR");
        if (force != null && !force.isEmpty() && !force.equals("0")) return true;
        String no = System.getenv("NO_COLOR");
        if (no != null && !no.isEmpty()) return false;
        return System.console() != null && System.console().isTerminal();
    }
}
