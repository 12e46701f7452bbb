package dev.tempo.engine.events;

/**
 * How many files of a run ended in each {@link FileResult.FileStatus}. Under --rerun-each every run of a
 * file counts.
 */
public record FileCounts(int passed, int failed, int timedOut, int loadErrors, int crashed) {
    public static final FileCounts NONE = new FileCounts(0, 0, 0, 0, 0);

    public FileCounts(int passed, int failed, int timedOut, int loadErrors) {
        this(passed, failed, timedOut, loadErrors, 0);
    }

    public FileCounts plus(FileResult.FileStatus status) {
        return switch (status) {
            case PASSED -> new FileCounts(passed + 1, failed, timedOut, loadErrors, crashed);
            case FAILED -> new FileCounts(passed, failed + 1, timedOut, loadErrors, crashed);
            case TIMED_OUT -> new FileCounts(passed, failed, timedOut + 1, loadErrors, crashed);
            case LOAD_ERROR -> new FileCounts(passed, failed, timedOut, loadErrors + 1, crashed);
            case CRASHED -> new FileCounts(passed, failed, timedOut, loadErrors, crashed + 1);
        };
    }

    public int total() {
        return passed + failed + timedOut + loadErrors + crashed;
    }

    /** Files that did not pass. */
    public int notPassed() {
        return total() - passed;
    }
}
