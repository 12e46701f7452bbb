package dev.tempo.engine.run;

import dev.tempo.engine.events.FileResult;
import dev.tempo.engine.events.RunEvent;
import dev.tempo.engine.events.RunEvent.TestFile;
import dev.tempo.engine.events.RunListener;

/**
 * Passes one file's events on until the file has its final state, then nothing more: a file given up
 * while its thread is still blocked must not report anything if that thread ever wakes up.
 */
final class FileGate implements RunListener {
    private final TestFile file;
    private final RunListener next;
    private boolean finished;

    FileGate(TestFile file, RunListener next) {
        this.file = file;
        this.next = next;
    }

    @Override
    public synchronized void onEvent(RunEvent event) {
        if (!finished) next.onEvent(event);
    }

    /** Reports the file's final state unless it already has one; returns whether this call reported it. */
    synchronized boolean finish(FileResult result) {
        if (finished) return false;
        finished = true;
        next.onEvent(new RunEvent.FileFinished(file, result));
        return true;
    }
}
