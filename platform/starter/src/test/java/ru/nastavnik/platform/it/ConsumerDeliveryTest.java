package ru.nastavnik.platform.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import ru.nastavnik.events.CloudEventHeaders;
import ru.nastavnik.events.EventCatalog;
import ru.nastavnik.events.EventCodec;
import ru.nastavnik.events.Topics;
import ru.nastavnik.events.participant.OrganizationRegistered;
import ru.nastavnik.events.participant.OrganizationType;
import ru.nastavnik.platform.testkit.RealInfrastructure;
import ru.nastavnik.platform.testkit.TestEvents;

/**
 * (b) one event delivered twice has one effect; (c) a malformed message goes to the dead-letter topic and
 * the next message on that partition is processed.
 */
@SpringBootTest(properties = "spring.kafka.consumer.group-id=delivery-${random.uuid}")
@RealInfrastructure
class ConsumerDeliveryTest {

    private static final String TYPE = EventCatalog.typeOf(OrganizationRegistered.class);

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    JdbcClient jdbc;

    private final EventCodec codec = EventCodec.standard();

    @Test
    void oneEventDeliveredTwiceHasOneEffect() {
        UUID organization = UUID.randomUUID();
        String duplicated = UUID.randomUUID().toString();
        String later = UUID.randomUUID().toString();
        byte[] body = codec.encode(registered(organization, "Школа-дубликат"));

        send(organization, body, duplicated, TYPE);
        send(organization, body, duplicated, TYPE);
        // A genuinely new event for the same organization: it must count, proving the listener ran at all.
        send(organization, body, later, TYPE);

        await().atMost(Duration.ofSeconds(60)).until(() -> processed(later));
        assertThat(registrations(organization)).isEqualTo(2);
        assertThat(jdbc.sql("SELECT count(*) FROM platform_processed_event WHERE event_id IN (?, ?)")
                .params(duplicated, later).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void malformedMessagesGoToTheDeadLetterTopicAndTheNextOneIsProcessed() {
        UUID organization = UUID.randomUUID();
        String badJson = UUID.randomUUID().toString();
        String noType = UUID.randomUUID().toString();
        String missingField = UUID.randomUUID().toString();
        String good = UUID.randomUUID().toString();
        byte[] garbage = "{ это не JSON".getBytes(StandardCharsets.UTF_8);
        byte[] incomplete = "{\"name\":\"Без идентификатора\"}".getBytes(StandardCharsets.UTF_8);

        // All under one key, so all on one partition, in this order.
        send(organization, garbage, badJson, TYPE);
        send(organization, codec.encode(registered(organization, "Без типа")), noType, null);
        send(organization, incomplete, missingField, TYPE);
        send(organization, codec.encode(registered(organization, "Школа после ядовитых сообщений")), good, TYPE);

        await().atMost(Duration.ofSeconds(60)).until(() -> registrations(organization) == 1);

        List<ConsumerRecord<String, byte[]>> dead = TestEvents.read(bootstrapServers,
                Topics.deadLetterOf(Topics.PARTICIPANT),
                record -> List.of(badJson, noType, missingField).contains(TestEvents.header(record, CloudEventHeaders.ID)),
                3, Duration.ofSeconds(60));
        assertThat(dead).extracting(record -> TestEvents.header(record, CloudEventHeaders.ID))
                .containsExactlyInAnyOrder(badJson, noType, missingField);
        ConsumerRecord<String, byte[]> garbageRecord = dead.stream()
                .filter(record -> badJson.equals(TestEvents.header(record, CloudEventHeaders.ID))).findFirst().orElseThrow();
        assertThat(garbageRecord.value()).isEqualTo(garbage);
        assertThat(garbageRecord.key()).isEqualTo(organization.toString());
        assertThat(processed(badJson)).isFalse();
    }

    @Test
    void anEventWhoseHandlerKeepsFailingIsDeadLetteredAfterRetries() {
        UUID organization = UUID.randomUUID();
        String failing = UUID.randomUUID().toString();
        String next = UUID.randomUUID().toString();

        send(organization, codec.encode(registered(organization, StarterTestApplication.ALWAYS_FAILS)), failing, TYPE);
        send(organization, codec.encode(registered(organization, "Следующая школа")), next, TYPE);

        await().atMost(Duration.ofSeconds(60)).until(() -> processed(next));
        List<ConsumerRecord<String, byte[]>> dead = TestEvents.read(bootstrapServers,
                Topics.deadLetterOf(Topics.PARTICIPANT),
                record -> failing.equals(TestEvents.header(record, CloudEventHeaders.ID)), 1, Duration.ofSeconds(60));
        assertThat(dead).hasSize(1);
        assertThat(codec.decode(TYPE, dead.getFirst().value())).isEqualTo(registered(organization, StarterTestApplication.ALWAYS_FAILS));
        // The failed attempt's ledger entry rolled back with its transaction.
        assertThat(processed(failing)).isFalse();
        assertThat(registrations(organization)).isEqualTo(1);
    }

    private static OrganizationRegistered registered(UUID organization, String name) {
        return new OrganizationRegistered(organization, name, OrganizationType.SCHOOL,
                UUID.fromString("0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"), "Район",
                UUID.fromString("9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a"), "Регион");
    }

    private void send(UUID key, byte[] body, String eventId, String type) {
        TestEvents.send(bootstrapServers, Topics.PARTICIPANT, key.toString(), body,
                TestEvents.cloudEventHeaders(eventId, type));
    }

    private boolean processed(String eventId) {
        return jdbc.sql("SELECT count(*) FROM platform_processed_event WHERE consumer = ? AND event_id = ?")
                .params(StarterTestApplication.CONSUMER, eventId).query(Long.class).single() > 0;
    }

    private int registrations(UUID organization) {
        return jdbc.sql("SELECT coalesce(max(registrations), 0) FROM test_counter WHERE organization_id = ?")
                .param(organization).query(Integer.class).single();
    }
}
