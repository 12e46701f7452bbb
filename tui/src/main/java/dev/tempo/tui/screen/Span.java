package dev.tempo.tui.screen;

import dev.tempo.themes.Role;

/** A piece of text in one role. */
public record Span(String text, Role role, boolean bold) {
    public Span(String text, Role role) {
        this(text, role, false);
    }
}
