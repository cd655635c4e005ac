package ru.nastavnik.monitoring.api;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import ru.nastavnik.events.IntegrationEvent;
import ru.nastavnik.events.Topics;
import ru.nastavnik.monitoring.application.IndicatorIngest;
import ru.nastavnik.monitoring.application.IndicatorProjection;

/**
 * The live indicators' own consumers, one group per topic, in batches (the batch factory of IndicatorKafkaConfiguration):
 * their offsets and processed-event ledger are independent of the participation counts', so either can be rebuilt.
 */
@Component
class IndicatorEventsListener {

    private final IndicatorIngest ingest;

    IndicatorEventsListener(IndicatorIngest ingest) {
        this.ingest = ingest;
    }

    @KafkaListener(id = IndicatorProjection.PAIRING, topics = Topics.PAIRING, containerFactory = "indicatorBatchFactory")
    void pairing(List<ConsumerRecord<String, IntegrationEvent>> records) {
        ingest.ingest(IndicatorProjection.PAIRING, records);
    }

    @KafkaListener(id = IndicatorProjection.PARTICIPANT, topics = Topics.PARTICIPANT, containerFactory = "indicatorBatchFactory")
    void participant(List<ConsumerRecord<String, IntegrationEvent>> records) {
        ingest.ingest(IndicatorProjection.PARTICIPANT, records);
    }

    @KafkaListener(id = IndicatorProjection.PUBLICATION, topics = Topics.PUBLICATION, containerFactory = "indicatorBatchFactory")
    void publication(List<ConsumerRecord<String, IntegrationEvent>> records) {
        ingest.ingest(IndicatorProjection.PUBLICATION, records);
    }
}
