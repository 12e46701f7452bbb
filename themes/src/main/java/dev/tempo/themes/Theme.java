package dev.tempo.themes;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** A named set of styles, one per {@link Role}. */
public record Theme(String name, Map<Role, Style> styles) {
    public Theme {
        EnumMap<Role, Style> copy = new EnumMap<>(Role.class);
        copy.putAll(styles);
        styles = Collections.unmodifiableMap(copy);
    }

    /** The role's style; {@link Style#PLAIN} for a role the theme leaves out. */
    public Style style(Role role) {
        return styles.getOrDefault(role, Style.PLAIN);
    }
}
