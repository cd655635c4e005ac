package ru.nastavnik.events;

/**
 * A fact one bounded context publishes for the others. Implementations are immutable records in the
 * producer's package, annotated with {@link EventType}; their JSON form is the contract, never their class name.
 */
public interface IntegrationEvent {

    /** The id of the aggregate the event is about: the Kafka key, so one aggregate's events stay in order. */
    String aggregateId();
}
