package ru.nastavnik.monitoring.api;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import ru.nastavnik.events.IntegrationEvent;
import ru.nastavnik.events.Topics;
import ru.nastavnik.events.participant.OrganizationRegistered;
import ru.nastavnik.monitoring.application.roadmap.DemoRoadmaps;

/**
 * Watches organizations being registered for the demo kindergarten. Seeding is idempotent by itself (one roadmap per
 * organization and year), so this listener keeps no processed-event ledger for the thousands of other events.
 */
@Component
@ConditionalOnBooleanProperty(name = "nastavnik.roadmaps.demo", matchIfMissing = true)
class DemoRoadmapListener {

    static final String CONSUMER = "monitoring-service.demo-roadmaps";

    private final DemoRoadmaps demo;

    DemoRoadmapListener(DemoRoadmaps demo) {
        this.demo = demo;
    }

    @KafkaListener(id = CONSUMER, topics = Topics.PARTICIPANT)
    void on(ConsumerRecord<String, IntegrationEvent> record) {
        if (record.value() instanceof OrganizationRegistered o) {
            demo.organizationRegistered(o.organizationId(), o.municipalityId(), o.regionId());
        }
    }
}
