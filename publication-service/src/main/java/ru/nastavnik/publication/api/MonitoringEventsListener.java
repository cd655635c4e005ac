package ru.nastavnik.publication.api;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import ru.nastavnik.events.IntegrationEvent;
import ru.nastavnik.events.Topics;
import ru.nastavnik.platform.consumer.IdempotentConsumer;
import ru.nastavnik.publication.application.MonitoringResultsProjection;

/** Organizations' monitoring results from monitoring-service, for the final collection. */
@Component
class MonitoringEventsListener {

    static final String CONSUMER = "publication-service.monitoring-results";

    private final IdempotentConsumer consumer;
    private final MonitoringResultsProjection projection;

    MonitoringEventsListener(IdempotentConsumer consumer, MonitoringResultsProjection projection) {
        this.consumer = consumer;
        this.projection = projection;
    }

    @KafkaListener(id = CONSUMER, topics = Topics.MONITORING)
    void on(ConsumerRecord<String, IntegrationEvent> record) {
        consumer.apply(CONSUMER, record, projection::apply);
    }
}
