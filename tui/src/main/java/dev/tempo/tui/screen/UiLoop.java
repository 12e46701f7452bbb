package dev.tempo.tui.screen;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.screen.Screen;
import java.io.IOException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

/**
 * The UI thread: owns the screen and the {@link Tui}. Other threads (the watch session, the engine's
 * listeners) only {@link #post} changes, which this loop applies between frames; it redraws at most every
 * 30 ms, so a run of hundreds of files stays responsive however fast events arrive.
 */
public final class UiLoop {
    private static final long FRAME_MILLIS = 30;

    private final Screen screen;
    private final Tui tui;
    private final Keys keys;
    private final ConcurrentLinkedQueue<Consumer<Tui>> inbox = new ConcurrentLinkedQueue<>();
    private volatile boolean over;

    public UiLoop(Screen screen, Tui tui, Keys keys) {
        this.screen = screen;
        this.tui = tui;
        this.keys = keys;
    }

    /** Queues a change for the UI thread (any thread). */
    public void post(Consumer<Tui> change) {
        inbox.add(change);
    }

    /** Ends the loop from any thread. */
    public void stop() {
        over = true;
    }

    /** Runs until q, Ctrl-C or {@link #stop()}. */
    public void run() throws IOException {
        boolean dirty = true;
        long lastFrame = 0;
        while (!over) {
            dirty |= drain();
            KeyStroke k;
            while ((k = screen.pollInput()) != null) {
                if (keys.handle(k)) return;
                dirty = true;
                drain();
            }
            if (screen.doResizeIfNecessary() != null) dirty = true;
            long now = System.currentTimeMillis();
            boolean spinning = tui.model.running();
            if ((dirty || spinning) && now - lastFrame >= FRAME_MILLIS) {
                tui.render(screen, now);
                screen.refresh(Screen.RefreshType.AUTOMATIC);
                lastFrame = now;
                dirty = false;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Applies what other threads posted; true when there was anything. */
    public boolean drain() {
        boolean any = false;
        Consumer<Tui> change;
        while ((change = inbox.poll()) != null) {
            change.accept(tui);
            any = true;
        }
        return any;
    }

    /** Gives the terminal to another program (the editor) and takes it back. UI thread only. */
    public void suspended(Runnable r) throws IOException {
        screen.stopScreen();
        try {
            r.run();
        } finally {
            screen.startScreen();
        }
    }
}
