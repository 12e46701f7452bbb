package dev.tempo.engine.report;

import dev.tempo.engine.baseline.BaselineCheck;
import java.util.List;

/**
 * What {@code --baseline} adds after the summary: the regressions one per line, then a count line.
 *
 * <pre>
 *
 * regressions against baseline.json (passed before, fail now):
 *   math.test.ts &gt; math &gt; adds
 * baseline: 1 regression, 2 known failures, 1 file could not load
 * </pre>
 */
public final class BaselineBlock {
    private BaselineBlock() {}

    public static String render(BaselineCheck check, String file, boolean color) {
        Ansi a = Ansi.of(color);
        List<String> regressions = check.regressions();
        StringBuilder sb = new StringBuilder("\n");
        if (!regressions.isEmpty()) {
            sb.append(a.fmt("<r><red>")).append("regressions against ").append(file).append(" (passed before, fail now):")
                    .append(a.fmt("<r>")).append('\n');
            for (String id : regressions) sb.append("  ").append(id.replace("::", " > ")).append('\n');
        }
        int known = check.knownFailures().size();
        int lost = check.lostFiles().size();
        sb.append("baseline: ").append(a.fmt(regressions.isEmpty() ? "<r><green>" : "<r><red>"))
                .append(regressions.isEmpty() ? "no" : String.valueOf(regressions.size()))
                .append(regressions.size() == 1 ? " regression" : " regressions").append(a.fmt("<r>"));
        if (known > 0) sb.append(", ").append(known).append(known == 1 ? " known failure" : " known failures");
        if (lost > 0) sb.append(", ").append(a.fmt("<red>")).append(lost).append(lost == 1 ? " file" : " files")
                .append(" could not load").append(a.fmt("<r>"));
        return sb.append('\n').toString();
    }
}
