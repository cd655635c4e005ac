package ru.nastavnik.monitoring.application;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Service;

import ru.nastavnik.events.IntegrationEvent;
import ru.nastavnik.monitoring.domain.indicator.OrganizationYear;
import ru.nastavnik.platform.consumer.IdempotentConsumer;

/**
 * Feeds a batch of records into the indicator projection. Each event is applied exactly once through the
 * IdempotentConsumer (its rows and its ledger entry commit together); the facts of the organizations and years the
 * batch touched are then recomputed once, in one transaction, instead of once per event. Recomputation reads only
 * committed rows and replaces the facts, so repeating it is harmless: a batch redelivered after a crash between the
 * two steps skips its events as duplicates and still refreshes what they touched.
 */
@Service
public class IndicatorIngest {

    private final IdempotentConsumer consumer;
    private final IndicatorProjection projection;

    public IndicatorIngest(IdempotentConsumer consumer, IndicatorProjection projection) {
        this.consumer = consumer;
        this.projection = projection;
    }

    public void ingest(String consumerId, List<ConsumerRecord<String, IntegrationEvent>> records) {
        Set<OrganizationYear> touched = new LinkedHashSet<>();
        for (int i = 0; i < records.size(); i++) {
            ConsumerRecord<String, IntegrationEvent> record = records.get(i);
            try {
                if (record.value() == null) {
                    // The deserializer could not read it: the error handler parks it on the dead-letter topic.
                    throw new IllegalArgumentException("Unreadable record on " + record.topic() + "@" + record.offset());
                }
                consumer.apply(consumerId, record, event -> touched.addAll(projection.apply(event)));
                touched.addAll(projection.touched(record.value()));
            } catch (RuntimeException e) {
                // The records before this one are applied: refresh what they touched, then let the error handler
                // commit up to here, retry this record and, failing that, send it to the dead-letter topic.
                projection.refresh(touched);
                throw new BatchListenerFailedException("Indicator projection failed on a record", e, i);
            }
        }
        projection.refresh(touched);
    }
}
