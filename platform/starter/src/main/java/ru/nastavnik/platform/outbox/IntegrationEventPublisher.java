package ru.nastavnik.platform.outbox;

import ru.nastavnik.events.IntegrationEvent;

/**
 * Publishes an integration event as part of the current transaction: the event is stored beside the
 * state change and reaches Kafka only if, and after, the transaction commits.
 */
public interface IntegrationEventPublisher {

    /** Must be called inside a transaction; fails otherwise, since an event outside one could be lost or lie. */
    void publish(IntegrationEvent event);
}
