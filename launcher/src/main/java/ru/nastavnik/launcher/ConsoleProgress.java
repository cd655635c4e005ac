package ru.nastavnik.launcher;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** One line per component as it becomes ready or stops, timed from the launcher's start; remembers ready times. */
final class ConsoleProgress implements ProgressListener {

    private final PrintStream out;
    private final Instant origin;
    private final Map<String, Instant> readyAt = new ConcurrentHashMap<>();

    ConsoleProgress(PrintStream out, Instant origin) {
        this.out = out;
        this.origin = origin;
    }

    @Override
    public void onProgress(Event event) {
        switch (event.phase()) {
            case READY -> {
                readyAt.put(event.component(), event.at());
                print(event, "ready  " + event.detail());
            }
            // A multi-line reason (with a log excerpt) is printed once, at the end, by the launcher.
            case FAILED -> print(event, event.detail().contains("\n") ? "FAILED" : "FAILED  " + event.detail());
            case STOPPED -> print(event, event.detail().isEmpty() ? "stopped" : event.detail());
            default -> { }
        }
    }

    private void print(Event event, String text) {
        synchronized (out) {
            out.println(String.format(Locale.ROOT, "[%5.1fs] %-20s %s", seconds(event.at()), event.component(), text));
            out.flush();
        }
    }

    double seconds(Instant at) {
        return Duration.between(origin, at).toMillis() / 1000.0;
    }

    Map<String, Instant> readyTimes() {
        return Map.copyOf(readyAt);
    }
}
