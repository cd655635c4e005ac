package ru.nastavnik.pairing.api;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import ru.nastavnik.events.IntegrationEvent;
import ru.nastavnik.events.Topics;
import ru.nastavnik.pairing.application.ParticipantProjection;
import ru.nastavnik.platform.consumer.IdempotentConsumer;

/** Feeds participant-service's events into the local read model, each event once. */
@Component
class ParticipantEventsListener {

    static final String CONSUMER = "pairing-service.participants";

    private final IdempotentConsumer consumer;
    private final ParticipantProjection projection;

    ParticipantEventsListener(IdempotentConsumer consumer, ParticipantProjection projection) {
        this.consumer = consumer;
        this.projection = projection;
    }

    @KafkaListener(id = CONSUMER, topics = Topics.PARTICIPANT)
    void on(ConsumerRecord<String, IntegrationEvent> record) {
        consumer.apply(CONSUMER, record, projection::apply);
    }
}
