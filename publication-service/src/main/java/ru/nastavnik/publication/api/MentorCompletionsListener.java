package ru.nastavnik.publication.api;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import ru.nastavnik.events.IntegrationEvent;
import ru.nastavnik.events.Topics;
import ru.nastavnik.platform.consumer.IdempotentConsumer;
import ru.nastavnik.publication.application.MentorCompletionsProjection;

/**
 * Completed programmes (pairing) and consents (participant) for the thank-you letters' list of mentors: consumers of
 * their own, so this read model can be rebuilt from the topics without touching the practice candidates.
 */
@Component
class MentorCompletionsListener {

    static final String PROGRAMMES = "publication-service.mentor-completions";
    static final String CONSENTS = "publication-service.mentor-consents";

    private final IdempotentConsumer consumer;
    private final MentorCompletionsProjection projection;

    MentorCompletionsListener(IdempotentConsumer consumer, MentorCompletionsProjection projection) {
        this.consumer = consumer;
        this.projection = projection;
    }

    @KafkaListener(id = PROGRAMMES, topics = Topics.PAIRING)
    void programmes(ConsumerRecord<String, IntegrationEvent> record) {
        consumer.apply(PROGRAMMES, record, projection::apply);
    }

    @KafkaListener(id = CONSENTS, topics = Topics.PARTICIPANT)
    void consents(ConsumerRecord<String, IntegrationEvent> record) {
        consumer.apply(CONSENTS, record, projection::apply);
    }
}
