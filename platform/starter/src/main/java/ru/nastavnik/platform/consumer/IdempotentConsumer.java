package ru.nastavnik.platform.consumer;

import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ru.nastavnik.events.IntegrationEvent;
import ru.nastavnik.platform.kafka.EventRecords;

/**
 * Applies an event at most once per named consumer, keyed by its CloudEvents id. Logs only ids and
 * types, never the payload, which may carry personal data.
 */
public class IdempotentConsumer {

    private static final Logger log = LoggerFactory.getLogger(IdempotentConsumer.class);

    private final ProcessedEventLedger ledger;

    public IdempotentConsumer(ProcessedEventLedger ledger) {
        this.ledger = ledger;
    }

    /** Returns true when the event was applied now, false when it had been applied before. */
    public boolean apply(String consumer, ConsumerRecord<String, ? extends IntegrationEvent> record,
            Consumer<IntegrationEvent> action) {
        String eventId = EventRecords.eventId(record);
        IntegrationEvent event = record.value();
        boolean applied = ledger.runOnce(consumer, eventId, () -> action.accept(event));
        if (applied) {
            log.info("{} applied {} event {}", consumer, EventRecords.eventType(record), eventId);
        } else {
            log.info("{} skipped duplicate {} event {}", consumer, EventRecords.eventType(record), eventId);
        }
        return applied;
    }
}
