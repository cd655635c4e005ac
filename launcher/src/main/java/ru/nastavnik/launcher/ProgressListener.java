package ru.nastavnik.launcher;

import java.time.Instant;

/** Hears about each component as the platform starts and stops; the console and tests plug in here. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = event -> { };

    void onProgress(Event event);

    enum Phase { STARTING, READY, STOPPING, STOPPED, FAILED }

    /**
     * @param component a {@link Component#id()}
     * @param detail    where it listens once READY (e.g. {@code http://localhost:8082}), or why it FAILED
     */
    record Event(String component, Phase phase, String detail, Instant at) {
    }
}
