package ru.nastavnik.monitoring.api;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import ru.nastavnik.events.IntegrationEvent;
import ru.nastavnik.events.Topics;
import ru.nastavnik.monitoring.application.ParticipationProjection;
import ru.nastavnik.platform.consumer.IdempotentConsumer;

/** Feeds participant-service's events into the participation counts; counting needs exactly-once effect. */
@Component
class ParticipantEventsListener {

    static final String CONSUMER = ParticipationProjection.CONSUMER;

    private final IdempotentConsumer consumer;
    private final ParticipationProjection projection;

    ParticipantEventsListener(IdempotentConsumer consumer, ParticipationProjection projection) {
        this.consumer = consumer;
        this.projection = projection;
    }

    @KafkaListener(id = CONSUMER, topics = Topics.PARTICIPANT)
    void on(ConsumerRecord<String, IntegrationEvent> record) {
        consumer.apply(CONSUMER, record, projection::apply);
    }
}
