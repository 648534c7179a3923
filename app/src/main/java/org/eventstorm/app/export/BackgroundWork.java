package org.eventstorm.app.export;

import jakarta.inject.Singleton;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The one thread that long work (exports) runs on, so the canvas never waits for it; a daemon, so it never holds the app open. */
@Singleton
public final class BackgroundWork {
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "eventstorm-background");
        thread.setDaemon(true);
        return thread;
    });

    public void run(Runnable work) {
        executor.execute(work);
    }
}
