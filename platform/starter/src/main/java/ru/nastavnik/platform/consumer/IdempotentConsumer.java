package ru.nastavnik.platform.consumer;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

    /**
     * Applies, in order, the events of a batch this consumer has not applied before, each once (also when Kafka
     * delivered it twice within the batch), in the caller's transaction: the ledger rows of the whole batch are
     * claimed with one statement and commit or roll back with the effects. Returns how many were applied.
     */
    public int applyAll(String consumer, List<? extends ConsumerRecord<String, ? extends IntegrationEvent>> records,
            Consumer<IntegrationEvent> action) {
        List<String> ids = records.stream().map(EventRecords::eventId).toList();
        Set<String> claimed = new HashSet<>(ledger.claim(consumer, ids));
        int applied = 0;
        for (int i = 0; i < records.size(); i++) {
            // remove: a second delivery of the same event in this batch finds its claim used.
            if (claimed.remove(ids.get(i))) {
                action.accept(records.get(i).value());
                applied++;
            }
        }
        if (applied < records.size()) {
            log.info("{} applied {} of {} events, skipped {} duplicates", consumer, applied, records.size(),
                    records.size() - applied);
        } else {
            log.debug("{} applied {} events", consumer, applied);
        }
        return applied;
    }
}
