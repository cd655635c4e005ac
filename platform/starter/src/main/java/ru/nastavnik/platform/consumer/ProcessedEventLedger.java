package ru.nastavnik.platform.consumer;

import java.util.Collection;
import java.util.Set;

/**
 * Remembers which events a consumer has applied, so a redelivered event has no second effect.
 * Kafka delivers at least once; this turns it into effectively once for each consumer.
 */
public interface ProcessedEventLedger {

    /** Runs the action unless this consumer already applied this event; returns whether it ran. */
    boolean runOnce(String consumer, String eventId, Runnable action);

    /**
     * Records, in the caller's transaction, those of the events this consumer has not applied before and returns
     * their ids: the caller applies exactly those, in the same transaction, so the claims and the effects commit or
     * roll back together. One statement for a whole batch instead of one per event.
     */
    default Set<String> claim(String consumer, Collection<String> eventIds) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " claims events one at a time");
    }
}
