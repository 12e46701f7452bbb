package dev.tempo.tui.cli;

import dev.tempo.engine.config.JsRegex;
import dev.tempo.watch.WatchSession;
import java.io.Console;
import java.io.IOException;
import java.util.regex.PatternSyntaxException;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.NonBlockingReader;

/**
 * Watch mode's keys, read raw (no Enter needed) with JLine, only when stdin and stdout are a terminal:
 * a all, f failed, Enter/r rerun, p file-name filter, t test-name filter, q quit, h/? help. A filter is
 * typed on a prompt line: Enter applies it (empty clears it), Esc cancels. The terminal is built on the
 * key thread (it takes most of a second), so the first run does not wait for it; JLine restores the
 * terminal's modes when the process exits.
 */
final class WatchKeys implements AutoCloseable {
    private static final int CTRL_C = 3, CTRL_D = 4, BACKSPACE = 8, ESC = 27, DEL = 127;

    private final WatchSession session;
    private final WatchMode mode;
    private final Thread thread;
    private volatile boolean closed;

    private WatchKeys(WatchSession session, WatchMode mode) {
        this.session = session;
        this.mode = mode;
        this.thread = Thread.ofPlatform().daemon().name("tempo-watch-keys").start(this::readKeys);
    }

    static boolean stdinIsTerminal() {
        Console c = System.console();
        return c != null && c.isTerminal();
    }

    /** Starts reading keys when stdin and stdout are a terminal; null otherwise (changes still rerun). */
    static WatchKeys startIfTerminal(WatchSession session, WatchMode mode) {
        return stdinIsTerminal() ? new WatchKeys(session, mode) : null;
    }

    private void readKeys() {
        try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
            if (Terminal.TYPE_DUMB.equals(terminal.getType()) || Terminal.TYPE_DUMB_COLOR.equals(terminal.getType())) return;
            Attributes saved = terminal.enterRawMode();
            try {
                NonBlockingReader reader = terminal.reader();
                while (!closed) {
                    int c = reader.read(200);
                    if (c < 0) continue; // timeout (-2) or nothing yet
                    if (!key(c, reader)) return;
                }
            } finally {
                terminal.setAttributes(saved);
            }
        } catch (IOException | RuntimeException e) {
            mode.error("watch keys are unavailable: " + e.getMessage());
        }
    }

    /** Handles one key; false to stop reading (quit). */
    private boolean key(int c, NonBlockingReader reader) throws IOException {
        switch (c) {
            case 'a' -> session.runAll();
            case 'f' -> session.runFailed();
            case 'r', '\r', '\n' -> session.rerun();
            case 'h', '?' -> mode.print("\n" + WatchMode.HELP);
            case 'p' -> {
                String pattern = prompt(reader, "filename regex pattern");
                if (pattern != null) session.filterFiles(pattern);
            }
            case 't' -> {
                String pattern = prompt(reader, "test name regex pattern");
                if (pattern == null) break;
                try {
                    if (!pattern.isBlank()) JsRegex.compile(pattern);
                    session.filterTests(pattern);
                } catch (PatternSyntaxException e) {
                    mode.error("the test name pattern is not a valid regular expression: " + pattern);
                }
            }
            case 'q', CTRL_C, CTRL_D -> {
                mode.quit();
                return false;
            }
            default -> { }
        }
        return true;
    }

    /** Reads a line on a prompt, echoing it; null when cancelled (Esc, Ctrl-C). */
    private String prompt(NonBlockingReader reader, String what) throws IOException {
        String head = "\n pattern (" + what + "; Enter applies, empty clears, Esc cancels) › ";
        StringBuilder line = new StringBuilder();
        mode.print(head);
        while (!closed) {
            int c = reader.read(200);
            if (c < 0) continue;
            if (c == '\r' || c == '\n') {
                mode.print("\n");
                return line.toString();
            }
            if (c == ESC || c == CTRL_C) {
                while (reader.peek(20) >= 0) reader.read(); // the rest of an escape sequence (an arrow key)
                mode.print("\n");
                return null;
            }
            if (c == DEL || c == BACKSPACE) {
                if (!line.isEmpty()) {
                    line.setLength(line.length() - 1);
                    mode.print("\b \b");
                }
            } else if (c >= ' ') {
                line.append((char) c);
                mode.print(String.valueOf((char) c));
            }
        }
        return null;
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
    }
}
