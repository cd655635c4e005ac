package ru.nastavnik.publication.api;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import ru.nastavnik.events.IntegrationEvent;
import ru.nastavnik.events.Topics;
import ru.nastavnik.platform.consumer.IdempotentConsumer;
import ru.nastavnik.publication.application.CandidateService;

/** Completed programmes from pairing-service become practice candidates. */
@Component
class PairingEventsListener {

    static final String CONSUMER = "publication-service.candidates";

    private final IdempotentConsumer consumer;
    private final CandidateService candidates;

    PairingEventsListener(IdempotentConsumer consumer, CandidateService candidates) {
        this.consumer = consumer;
        this.candidates = candidates;
    }

    @KafkaListener(id = CONSUMER, topics = Topics.PAIRING)
    void on(ConsumerRecord<String, IntegrationEvent> record) {
        consumer.apply(CONSUMER, record, candidates::apply);
    }
}
