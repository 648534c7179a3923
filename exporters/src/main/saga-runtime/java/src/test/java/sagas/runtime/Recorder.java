package sagas.runtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

/**
 * Plays the services in a saga's tests: records every call as {@code service/command}; the calls listed in
 * {@link #failing} throw, those in {@link #hanging} never answer.
 */
public final class Recorder {
    /** No waiting between attempts, and 100 ms for any step: the scenarios run in a moment. */
    public static final Settings FAST = new Settings(duration -> {}, Duration.ZERO, step -> Duration.ofMillis(100));

    private final List<String> calls = Collections.synchronizedList(new ArrayList<>());
    final Set<String> failing = ConcurrentHashMap.newKeySet();
    final Set<String> hanging = ConcurrentHashMap.newKeySet();

    /** What a fake service answers to {@code call}: its name back, an error, or nothing ever. */
    public Map<String, Object> answer(String call) throws Exception {
        calls.add(call);
        if (hanging.contains(call)) {
            new CountDownLatch(1).await();
        }
        if (failing.contains(call)) {
            throw new IllegalStateException(call + " refused");
        }
        return Map.of("by", call);
    }

    public List<String> calls() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }
}
