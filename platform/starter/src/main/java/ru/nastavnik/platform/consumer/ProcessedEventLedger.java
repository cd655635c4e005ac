package ru.nastavnik.platform.consumer;

/**
 * Remembers which events a consumer has applied, so a redelivered event has no second effect.
 * Kafka delivers at least once; this turns it into effectively once for each consumer.
 */
public interface ProcessedEventLedger {

    /** Runs the action unless this consumer already applied this event; returns whether it ran. */
    boolean runOnce(String consumer, String eventId, Runnable action);
}
