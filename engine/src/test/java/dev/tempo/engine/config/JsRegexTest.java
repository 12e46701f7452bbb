package dev.tempo.engine.config;

import org.junit.jupiter.api.Test;

import java.util.regex.PatternSyntaxException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsRegexTest {

    private static boolean finds(String js, String input) {
        return JsRegex.compile(js).matcher(input).find();
    }

    @Test
    void plainPatternsBehaveAsInJs() {
        assertThat(finds("addition", "Math addition works")).isTrue();
        assertThat(finds("^Math .*works$", "Math addition works")).isTrue();
        assertThat(finds("(?<word>add)\\k<word>", "addadd")).isTrue();
        assertThat(finds("a{2,3}", "caaat")).isTrue();
        assertThat(finds("\\d+\\s\\w", "12 x")).isTrue();
    }

    @Test
    void syntaxThatDiffersIsTranslated() {
        assertThat(finds("a{", "a{")).isTrue();          // literal brace in JS, error in Java
        assertThat(finds("{foo}", "x{foo}y")).isTrue();
        assertThat(finds("[[]", "[")).isTrue();          // '[' inside a class is literal in JS
        assertThat(finds("[a&&b]", "&")).isTrue();       // no intersection in JS
        assertThat(finds("a[^]b", "a\nb")).isTrue();     // [^] is any character
        assertThat(finds("a[]b", "ab")).isFalse();       // [] matches nothing
        assertThat(finds("\\v", "\u000B")).isTrue();      // vertical tab only
        assertThat(finds("\\v", "\n")).isFalse();
        assertThat(finds("\\Qx", "Qx")).isTrue();        // identity escape of a letter
        assertThat(finds("end$", "the end\n")).isFalse(); // JS $ is the very end without the m flag
        assertThat(finds("end$", "the end")).isTrue();
        assertThat(finds("[$]", "$")).isTrue();
    }

    @Test
    void invalidPatternsThrow() {
        assertThatThrownBy(() -> JsRegex.compile("(")).isInstanceOf(PatternSyntaxException.class);
        assertThatThrownBy(() -> JsRegex.compile("[")).isInstanceOf(PatternSyntaxException.class);
        assertThatThrownBy(() -> JsRegex.compile("a\\")).isInstanceOf(PatternSyntaxException.class);
    }
}
