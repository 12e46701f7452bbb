package dev.tempo.tui.screen;

import dev.tempo.tui.screen.model.PathFilter;
import dev.tempo.tui.screen.model.TestFilter;
import java.util.HashSet;
import java.util.Set;

/** What the user has chosen on screen: focus, selections, scrolling, filters, panes shown. UI thread only. */
public final class TuiState {
    public enum Pane { FILES, TESTS, DETAILS }

    public enum Editing { NONE, TEST_FILTER, PATH_FILTER }

    Pane focus = Pane.FILES;
    /** The selected file-tree row's key (stable while rows change). */
    String fileKey;
    int fileScroll;
    int testIndex;
    int testScroll;
    int detailsScroll;
    final Set<String> collapsed = new HashSet<>();
    TestFilter testFilter = TestFilter.NONE;
    PathFilter pathFilter = PathFilter.NONE;
    Editing editing = Editing.NONE;
    final StringBuilder edit = new StringBuilder();
    boolean showConsole = true;
    boolean showHelp;
    boolean watching = true;
    /** Rows a page key moves: the height of the focused list, set by the last layout. */
    int page = 10;

    public Pane focus() { return focus; }
    public String fileKey() { return fileKey; }
    public TestFilter testFilter() { return testFilter; }
    public PathFilter pathFilter() { return pathFilter; }
    public Editing editing() { return editing; }
    public boolean showHelp() { return showHelp; }
    public boolean showConsole() { return showConsole; }
    public boolean watching() { return watching; }
}
