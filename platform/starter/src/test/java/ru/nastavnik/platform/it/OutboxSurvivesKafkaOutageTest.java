package ru.nastavnik.platform.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import ru.nastavnik.events.CloudEventHeaders;
import ru.nastavnik.events.EventCodec;
import ru.nastavnik.events.Topics;
import ru.nastavnik.events.participant.OrganizationRegistered;
import ru.nastavnik.platform.outbox.OutboxRelay;
import ru.nastavnik.platform.testkit.RealInfrastructure;
import ru.nastavnik.platform.testkit.TestEvents;
import ru.nastavnik.platform.testkit.StoppableKafka;
import ru.nastavnik.platform.testkit.TestInfrastructure;

/**
 * (a) Kafka is stopped while N state changes commit; once it returns, all N events arrive and none is lost.
 * Runs against its own broker, which the test really stops and starts again.
 */
@SpringBootTest(properties = {
        "nastavnik.outbox.poll-interval=200ms",
        "nastavnik.outbox.max-backoff=1s",
        "spring.kafka.consumer.group-id=outbox-outage-${random.uuid}" })
@RealInfrastructure
class OutboxSurvivesKafkaOutageTest {

    private static final int N = 25;
    private static final StoppableKafka kafka = TestInfrastructure.get().newStoppableKafka();

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", kafka::bootstrapServers);
    }

    @AfterAll
    static void closeKafka() {
        kafka.close();
    }

    @Autowired
    StarterTestApplication.Organizations organizations;

    @Autowired
    OutboxRelay relay;

    @Autowired
    JdbcClient jdbc;

    private final EventCodec codec = EventCodec.standard();

    @Test
    void eventsCommittedWhileKafkaIsDownArriveAfterItReturns() {
        kafka.stop();

        List<UUID> registered = IntStream.range(0, N).mapToObj(i -> organizations.register("Школа № " + i)).toList();

        // The state changes committed; their events wait in the outbox while the relay keeps failing.
        assertThat(jdbc.sql("SELECT count(*) FROM test_organization").query(Long.class).single()).isEqualTo(N);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> relay.pendingCount() == N);

        kafka.start();

        Set<String> expected = registered.stream().map(UUID::toString).collect(Collectors.toSet());
        List<ConsumerRecord<String, byte[]>> arrived = TestEvents.read(kafka.bootstrapServers(), Topics.PARTICIPANT,
                record -> expected.contains(record.key()), N, Duration.ofSeconds(90));

        assertThat(arrived).extracting(ConsumerRecord::key).containsExactlyInAnyOrderElementsOf(expected);
        for (ConsumerRecord<String, byte[]> record : arrived) {
            OrganizationRegistered event = (OrganizationRegistered) codec.decode(
                    TestEvents.header(record, CloudEventHeaders.TYPE), record.value());
            assertThat(event.organizationId().toString()).isEqualTo(record.key());
            assertThat(TestEvents.header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
            assertThat(TestEvents.header(record, CloudEventHeaders.SOURCE)).isEqualTo("/nastavnik/starter-test");
            assertThat(TestEvents.header(record, CloudEventHeaders.ID)).isNotBlank();
            assertThat(TestEvents.header(record, CloudEventHeaders.TIME)).isNotBlank();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> relay.pendingCount() == 0);
    }

    @Test
    void aRolledBackChangePublishesNothing() {
        long before = jdbc.sql("SELECT count(*) FROM platform_outbox").query(Long.class).single();

        assertThatThrownBy(() -> organizations.registerThenFail("Школа, которой не будет"))
                .isInstanceOf(IllegalStateException.class);

        assertThat(jdbc.sql("SELECT count(*) FROM platform_outbox").query(Long.class).single()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT count(*) FROM test_organization WHERE name = 'Школа, которой не будет'")
                .query(Long.class).single()).isZero();
    }
}
