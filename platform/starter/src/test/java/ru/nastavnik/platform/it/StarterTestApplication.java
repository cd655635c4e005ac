package ru.nastavnik.platform.it;

import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import ru.nastavnik.events.IntegrationEvent;
import ru.nastavnik.events.Topics;
import ru.nastavnik.events.participant.OrganizationRegistered;
import ru.nastavnik.events.participant.OrganizationType;
import ru.nastavnik.platform.consumer.IdempotentConsumer;
import ru.nastavnik.platform.outbox.IntegrationEventPublisher;

/** A minimal service built on the starter, standing in for a real one in the starter's own tests. */
@SpringBootApplication
public class StarterTestApplication {

    static final String CONSUMER = "starter-test.counter";
    static final String ALWAYS_FAILS = "Организация, которую обработчик не принимает";

    /** A state change that publishes an event in the same transaction. */
    @Service
    static class Organizations {

        private final JdbcClient jdbc;
        private final IntegrationEventPublisher events;

        Organizations(JdbcClient jdbc, IntegrationEventPublisher events) {
            this.jdbc = jdbc;
            this.events = events;
        }

        @Transactional
        UUID register(String name) {
            UUID id = UUID.randomUUID();
            jdbc.sql("INSERT INTO test_organization (id, name) VALUES (?, ?)").params(id, name).update();
            events.publish(new OrganizationRegistered(id, name, OrganizationType.SCHOOL, UUID.randomUUID(), "Район",
                    UUID.randomUUID(), "Регион"));
            return id;
        }

        @Transactional
        UUID registerThenFail(String name) {
            register(name);
            throw new IllegalStateException("rolled back on purpose");
        }
    }

    /** Counts registrations per organization: a non-idempotent effect, so duplicates would show. */
    @Component
    static class CountingListener {

        private final IdempotentConsumer consumer;
        private final JdbcClient jdbc;

        CountingListener(IdempotentConsumer consumer, JdbcClient jdbc) {
            this.consumer = consumer;
            this.jdbc = jdbc;
        }

        @KafkaListener(id = CONSUMER, topics = Topics.PARTICIPANT)
        void on(ConsumerRecord<String, IntegrationEvent> record) {
            consumer.apply(CONSUMER, record, event -> {
                if (event instanceof OrganizationRegistered o) {
                    if (ALWAYS_FAILS.equals(o.name())) {
                        throw new IllegalStateException("handler failure on purpose");
                    }
                    jdbc.sql("""
                            INSERT INTO test_counter (organization_id, registrations) VALUES (?, 1)
                            ON CONFLICT (organization_id) DO UPDATE SET registrations = test_counter.registrations + 1
                            """).param(o.organizationId()).update();
                }
            });
        }
    }

    record Sample(@NotBlank(message = "обязательное поле") String name,
            @NotNull(message = "обязательное поле") @Min(value = 0, message = "не может быть отрицательным")
            @Max(value = 70, message = "не больше 70") Integer years,
            @NotNull(message = "обязательное поле") OrganizationType type) {
    }

    @RestController
    static class SampleController {

        @PostMapping(path = "/samples", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
        Sample accept(@Valid @RequestBody Sample sample) {
            return sample;
        }
    }
}
