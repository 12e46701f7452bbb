package dev.tempo.engine.events;

/**
 * How many files of a run ended in each {@link FileResult.FileStatus}. Under --rerun-each every run of a
 * file counts.
 */
public record FileCounts(int passed, int failed, int timedOut, int loadErrors) {
    public static final FileCounts NONE = new FileCounts(0, 0, 0, 0);

    public FileCounts plus(FileResult.FileStatus status) {
        return switch (status) {
            case PASSED -> new FileCounts(passed + 1, failed, timedOut, loadErrors);
            case FAILED -> new FileCounts(passed, failed + 1, timedOut, loadErrors);
            case TIMED_OUT -> new FileCounts(passed, failed, timedOut + 1, loadErrors);
            case LOAD_ERROR -> new FileCounts(passed, failed, timedOut, loadErrors + 1);
        };
    }

    public int total() {
        return passed + failed + timedOut + loadErrors;
    }

    /** Files that did not pass. */
    public int notPassed() {
        return total() - passed;
    }
}
