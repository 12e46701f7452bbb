package dev.tempo.engine.run;

import dev.tempo.engine.events.RunEvent;
import dev.tempo.engine.events.RunListener;
import java.util.List;

/** Delivers events from many worker threads to listeners one at a time, in the order they arrive. */
final class SerializedListener implements RunListener {
    private final List<RunListener> listeners;

    SerializedListener(List<RunListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    @Override
    public synchronized void onEvent(RunEvent event) {
        for (RunListener l : listeners) l.onEvent(event);
    }
}
