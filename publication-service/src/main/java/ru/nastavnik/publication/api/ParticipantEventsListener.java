package ru.nastavnik.publication.api;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import ru.nastavnik.events.IntegrationEvent;
import ru.nastavnik.events.Topics;
import ru.nastavnik.platform.consumer.IdempotentConsumer;
import ru.nastavnik.publication.application.OrganizationNamesProjection;

/** Feeds organization names from participant-service's events. */
@Component
class ParticipantEventsListener {

    static final String CONSUMER = "publication-service.organizations";

    private final IdempotentConsumer consumer;
    private final OrganizationNamesProjection projection;

    ParticipantEventsListener(IdempotentConsumer consumer, OrganizationNamesProjection projection) {
        this.consumer = consumer;
        this.projection = projection;
    }

    @KafkaListener(id = CONSUMER, topics = Topics.PARTICIPANT)
    void on(ConsumerRecord<String, IntegrationEvent> record) {
        consumer.apply(CONSUMER, record, projection::apply);
    }
}
