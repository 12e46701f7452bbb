package dev.tempo.tui.screen.model;

import dev.tempo.engine.config.JsRegex;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The {@code /} filter on test names as typed: a JavaScript regex matched against "describe test" (the name -t matches). An
 * invalid one filters nothing and carries its error, shown inline; it never throws.
 */
public record TestFilter(String text, Pattern pattern, String error) {
    public static final TestFilter NONE = new TestFilter("", null, null);

    public static TestFilter of(String text) {
        if (text == null || text.isEmpty()) return NONE;
        try {
            return new TestFilter(text, JsRegex.compile(text), null);
        } catch (PatternSyntaxException e) {
            return new TestFilter(text, null, e.getDescription());
        } catch (RuntimeException e) {
            return new TestFilter(text, null, String.valueOf(e.getMessage()));
        }
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    public boolean valid() {
        return error == null;
    }

    public boolean matches(String fullName) {
        return pattern == null || pattern.matcher(fullName).find();
    }
}
