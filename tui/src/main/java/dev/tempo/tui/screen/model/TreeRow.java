package dev.tempo.tui.screen.model;

/**
 * A line of the file tree: a folder (key = its path, ending in '/') or a file (key = its display path).
 *
 * @param file the file's state; null for a folder
 */
public record TreeRow(boolean folder, String key, String label, int depth, boolean collapsed, Status status,
                      int pass, int fail, double durationMillis, FileState file) {}
