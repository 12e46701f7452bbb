package dev.tempo.engine.events;

/**
 * Watches a run. Listeners are called one event at a time (the engine serialises delivery), must not
 * block for long, and cannot change the run.
 */
@FunctionalInterface
public interface RunListener {
    void onEvent(RunEvent event);
}
