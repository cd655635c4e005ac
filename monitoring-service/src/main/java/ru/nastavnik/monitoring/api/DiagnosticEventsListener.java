package ru.nastavnik.monitoring.api;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import ru.nastavnik.events.IntegrationEvent;
import ru.nastavnik.events.Topics;
import ru.nastavnik.monitoring.application.diagnostic.DiagnosticsProjection;
import ru.nastavnik.platform.consumer.IdempotentConsumer;

/**
 * Diagnostics' own consumer of participant-events (the roster, consent withdrawals) and pairing-events (programme
 * ends): a separate group so its offsets and ledger entries are independent of the participation counts.
 */
@Component
class DiagnosticEventsListener {

    static final String CONSUMER = DiagnosticsProjection.CONSUMER;

    private final IdempotentConsumer consumer;
    private final DiagnosticsProjection projection;

    DiagnosticEventsListener(IdempotentConsumer consumer, DiagnosticsProjection projection) {
        this.consumer = consumer;
        this.projection = projection;
    }

    @KafkaListener(id = CONSUMER, topics = { Topics.PARTICIPANT, Topics.PAIRING })
    void on(ConsumerRecord<String, IntegrationEvent> record) {
        consumer.apply(CONSUMER, record, projection::apply);
    }
}
