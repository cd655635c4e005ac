package ru.nastavnik.monitoring.application;

import java.util.Set;

/**
 * A projection fed from Kafka that can be rebuilt from the topics: the rebuild stops its consumers, calls
 * {@link #reset()}, forgets which events those consumers processed, rewinds their groups to the beginning and
 * restarts them. Every event-fed projection of monitoring implements it.
 */
public interface RebuildableProjection {

    /** The Kafka listener ids (also the consumer group ids and processed-event ledger names) feeding it. */
    Set<String> consumerIds();

    /** Empties the projection's tables, in the rebuild's transaction. */
    void reset();
}
