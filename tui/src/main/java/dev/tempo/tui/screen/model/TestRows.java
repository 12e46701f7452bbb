package dev.tempo.tui.screen.model;

import java.util.ArrayList;
import java.util.List;

/** The tests of the selected files as a tree of describes and tests, filtered by the test-name filter. */
public final class TestRows {
    private TestRows() {}

    public static List<TestRow> of(List<FileState> files, TestFilter filter) {
        List<TestRow> rows = new ArrayList<>();
        boolean headings = files.size() > 1;
        for (FileState f : files) {
            int base = headings ? 1 : 0;
            int start = rows.size();
            if (headings) rows.add(new TestRow(TestRow.Kind.FILE, f.path(), List.of(), 0, f.status(), f.durationMillis(), f, null));
            List<String> open = List.of();
            for (TestState t : f.tests()) {
                if (!filter.matches(String.join(" ", t.id.path()))) continue; // the name -t matches, as bun joins it
                List<String> describes = t.id.describes();
                int same = 0;
                while (same < open.size() && same < describes.size() && open.get(same).equals(describes.get(same))) same++;
                for (int d = same; d < describes.size(); d++) {
                    rows.add(new TestRow(TestRow.Kind.DESCRIBE, describes.get(d), describes.subList(0, d + 1), base + d, Status.IDLE, 0, f, null));
                }
                open = describes;
                rows.add(new TestRow(TestRow.Kind.TEST, t.id.name(), t.id.path(), base + describes.size(), t.status(), t.durationMillis(), f, t));
            }
            if (headings && rows.size() == start + 1 && !filter.isEmpty()) rows.remove(start); // nothing matched here
        }
        return withDescribeStatus(rows);
    }

    /** A describe's status and duration sum up the rows below it (deeper, until the next at its depth). */
    private static List<TestRow> withDescribeStatus(List<TestRow> rows) {
        List<TestRow> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            TestRow r = rows.get(i);
            if (r.kind() != TestRow.Kind.DESCRIBE) {
                out.add(r);
                continue;
            }
            Status s = Status.IDLE;
            double d = 0;
            for (int j = i + 1; j < rows.size() && rows.get(j).depth() > r.depth(); j++) {
                TestRow below = rows.get(j);
                if (below.kind() == TestRow.Kind.TEST) {
                    s = Status.combine(s, below.status());
                    d += below.durationMillis();
                }
            }
            out.add(new TestRow(r.kind(), r.label(), r.names(), r.depth(), s, d, r.file(), null));
        }
        return out;
    }
}
