package ru.nastavnik.monitoring.application;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import ru.nastavnik.events.IntegrationEvent;
import ru.nastavnik.monitoring.domain.indicator.OrganizationYear;
import ru.nastavnik.platform.consumer.IdempotentConsumer;

/**
 * Feeds a batch of records (one poll) into the indicator projection, exactly once per event: the IdempotentConsumer
 * claims the batch's events in its ledger with one statement and applies those not applied before; the ledger rows
 * commit with the events' effects. The whole batch runs in one transaction — the claims, the events' rows, and one
 * recomputation of the facts of each organization and
 * year the batch touched — so a poll of 500 events costs one commit and one recomputation per organization, not 500.
 * Should anything in the batch fail, that transaction rolls back as a whole and the batch is applied again one event
 * per transaction, which commits the events before the failing one and hands the error handler its exact position
 * (retry, then dead-letter topic). Recomputation only reads committed rows and replaces facts, so repeating it is
 * harmless.
 */
@Service
public class IndicatorIngest {

    private static final Logger log = LoggerFactory.getLogger(IndicatorIngest.class);

    private final IdempotentConsumer consumer;
    private final IndicatorProjection projection;
    private final TransactionTemplate transactions;

    public IndicatorIngest(IdempotentConsumer consumer, IndicatorProjection projection, TransactionTemplate transactions) {
        this.consumer = consumer;
        this.projection = projection;
        this.transactions = transactions;
    }

    public void ingest(String consumerId, List<ConsumerRecord<String, IntegrationEvent>> records) {
        try {
            transactions.executeWithoutResult(tx -> {
                records.forEach(IndicatorIngest::requireReadable);
                IndicatorProjection.Batch batch = projection.batch();
                consumer.applyAll(consumerId, records, batch::apply);
                Set<OrganizationYear> touched = new LinkedHashSet<>(batch.finish());
                records.forEach(record -> touched.addAll(projection.touched(record.value())));
                projection.refresh(touched);
            });
        } catch (RuntimeException batchFailed) {
            log.warn("{}: a batch of {} events failed ({}); applying them one by one", consumerId, records.size(),
                    batchFailed.getClass().getSimpleName());
            oneByOne(consumerId, records);
        }
    }

    private void oneByOne(String consumerId, List<ConsumerRecord<String, IntegrationEvent>> records) {
        Set<OrganizationYear> touched = new LinkedHashSet<>();
        for (int i = 0; i < records.size(); i++) {
            ConsumerRecord<String, IntegrationEvent> record = records.get(i);
            try {
                touched.addAll(transactions.execute(tx -> apply(consumerId, record)));
            } catch (RuntimeException e) {
                // The records before this one are applied: refresh what they touched, then let the error handler
                // commit up to here, retry this record and, failing that, send it to the dead-letter topic.
                transactions.executeWithoutResult(tx -> projection.refresh(touched));
                throw new BatchListenerFailedException("Indicator projection failed on a record", e, i);
            }
        }
        transactions.executeWithoutResult(tx -> projection.refresh(touched));
    }

    /** Applies the event once; returns what it touched, also when it was a duplicate (see IndicatorProjection#touched). */
    private Set<OrganizationYear> apply(String consumerId, ConsumerRecord<String, IntegrationEvent> record) {
        requireReadable(record);
        Set<OrganizationYear> touched = new LinkedHashSet<>();
        consumer.apply(consumerId, record, event -> touched.addAll(projection.apply(event)));
        touched.addAll(projection.touched(record.value()));
        return touched;
    }

    private static void requireReadable(ConsumerRecord<String, IntegrationEvent> record) {
        if (record.value() == null) {
            // The deserializer could not read it: the error handler parks it on the dead-letter topic.
            throw new IllegalArgumentException("Unreadable record on " + record.topic() + "@" + record.offset());
        }
    }
}
