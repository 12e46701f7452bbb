package dev.tempo.tui.screen.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/** Turns the files' display paths into the visible rows of a tree with collapsible folders. */
public final class FileTree {
    private FileTree() {}

    private static final class Folder {
        final String key;
        final TreeMap<String, Folder> folders = new TreeMap<>();
        final List<FileState> files = new ArrayList<>();

        Folder(String key) {
            this.key = key;
        }
    }

    /** The rows to show: folders first then files at each level, children of collapsed folders left out. */
    public static List<TreeRow> rows(List<FileState> files, PathFilter filter, Set<String> collapsed) {
        Folder root = new Folder("");
        for (FileState f : files) {
            if (!filter.matches(f.path())) continue;
            String[] parts = f.path().split("/");
            Folder at = root;
            StringBuilder key = new StringBuilder();
            for (int i = 0; i < parts.length - 1; i++) {
                key.append(parts[i]).append('/');
                String k = key.toString();
                at = at.folders.computeIfAbsent(parts[i], n -> new Folder(k));
            }
            at.files.add(f);
        }
        List<TreeRow> rows = new ArrayList<>();
        add(root, 0, collapsed, rows);
        return rows;
    }

    private static void add(Folder folder, int depth, Set<String> collapsed, List<TreeRow> rows) {
        for (var e : folder.folders.entrySet()) {
            Folder child = e.getValue();
            Agg agg = new Agg();
            agg.of(child);
            boolean closed = collapsed.contains(child.key);
            rows.add(new TreeRow(true, child.key, e.getKey(), depth, closed, agg.status, agg.pass, agg.fail, agg.duration, null));
            if (!closed) add(child, depth + 1, collapsed, rows);
        }
        for (FileState f : folder.files) {
            String name = f.path().substring(f.path().lastIndexOf('/') + 1);
            rows.add(new TreeRow(false, f.path(), name, depth, false, f.status(), f.pass(), f.fail(), f.durationMillis(), f));
        }
    }

    /** The files under a folder key (or the one file of a file key), in tree order. */
    public static List<FileState> filesUnder(List<FileState> files, PathFilter filter, String key) {
        return files.stream()
                .filter(f -> filter.matches(f.path()))
                .filter(f -> key.endsWith("/") ? f.path().startsWith(key) : f.path().equals(key))
                .toList();
    }

    private static final class Agg {
        Status status = Status.IDLE;
        int pass, fail;
        double duration;

        void of(Folder folder) {
            for (Folder f : folder.folders.values()) of(f);
            for (FileState f : folder.files) {
                status = Status.combine(status, f.status());
                pass += f.pass();
                fail += f.fail();
                duration += f.durationMillis();
            }
        }
    }
}
