package ru.nastavnik.publication.api;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import ru.nastavnik.events.IntegrationEvent;
import ru.nastavnik.events.Topics;
import ru.nastavnik.events.participant.ConsentWithdrawn;
import ru.nastavnik.platform.consumer.IdempotentConsumer;
import ru.nastavnik.publication.application.PracticeService;

/**
 * A withdrawn consent (to publication of the name, or to processing at all) pseudonymizes the person wherever they
 * are an author. Pseudonymizing twice changes nothing, so a replay after a crash is harmless.
 */
@Component
class ConsentEventsListener {

    static final String CONSUMER = "publication-service.consents";

    private final IdempotentConsumer consumer;
    private final PracticeService practices;

    ConsentEventsListener(IdempotentConsumer consumer, PracticeService practices) {
        this.consumer = consumer;
        this.practices = practices;
    }

    @KafkaListener(id = CONSUMER, topics = Topics.PARTICIPANT)
    void on(ConsumerRecord<String, IntegrationEvent> record) {
        consumer.apply(CONSUMER, record, event -> {
            if (event instanceof ConsentWithdrawn withdrawn) {
                practices.pseudonymize(withdrawn.personId());
            }
        });
    }
}
