package dev.tempo.engine.events;

import java.util.List;

/**
 * An error as the user should see it.
 *
 * @param name    the error's class name ("Error", "TypeError", "AssertionError"...)
 * @param message the message; matcher messages carry ANSI SGR colour codes, which reporters strip when
 *                colour is off
 * @param frames  the stack, already mapped to original source positions (TS lines, not transpiled ones),
 *                tempo's own frames removed; the first frame inside a user file is where the excerpt goes
 * @param expected for assertion failures, the printed expected value (null otherwise); used by JUnit XML
 * @param actual   for assertion failures, the printed received value (null otherwise)
 * @param thrown   for a thrown value that is not an Error and has no location (a rejected promise, a
 *                 value given to done), the value printed, which bun shows under the heading; else null
 */
public record ErrorInfo(String name, String message, List<StackFrame> frames, String expected, String actual, String thrown) {
    public ErrorInfo {
        frames = List.copyOf(frames);
    }

    public ErrorInfo(String name, String message, List<StackFrame> frames, String expected, String actual) {
        this(name, message, frames, expected, actual, null);
    }

    public static ErrorInfo of(String name, String message) {
        return new ErrorInfo(name, message, List.of(), null, null);
    }

    /** One line of a stack: function name (may be empty), file path, 1-based line and column (0 when unknown). */
    public record StackFrame(String function, String file, int line, int column) {}
}
