package dev.tempo.themes;

import java.util.Locale;

/** What a colour is for. A theme gives every role a {@link Style}; the UI asks by role, never by colour. */
public enum Role {
    TEXT, MUTED, TITLE, BORDER, SELECTION, FOCUS,
    PASS, FAIL, SKIP, TODO, RUNNING,
    DIFF_ADDED, DIFF_REMOVED,
    LOCATION, LINE_NUMBER, STATUS_BAR, FILTER, ERROR;

    /** The role's name in a theme file: lower case, words joined by '-' ("diff-added"). */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The role a theme file names, or null. */
    public static Role byKey(String key) {
        for (Role r : values()) {
            if (r.key().equals(key)) return r;
        }
        return null;
    }
}
