package ru.nastavnik.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import ru.nastavnik.events.CloudEventHeaders;
import ru.nastavnik.events.EventCatalog;
import ru.nastavnik.events.Topics;
import ru.nastavnik.events.publication.PracticeSubmitted;
import ru.nastavnik.platform.testkit.RealInfrastructure;
import ru.nastavnik.platform.testkit.StoppableKafka;
import ru.nastavnik.platform.testkit.TestEvents;
import ru.nastavnik.platform.testkit.TestInfrastructure;

/**
 * The MongoDB outbox's promise: practices submitted while Kafka is stopped are submitted at once (their events wait
 * in the documents), and every event arrives once Kafka is back. Runs against a broker of its own that really stops.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "nastavnik.outbox.poll-interval=200ms",
        "nastavnik.outbox.max-backoff=1s" })
@RealInfrastructure
class PracticeOutboxOutageTest {

    private static final int N = 5;
    private static final StoppableKafka kafka = TestInfrastructure.get().newStoppableKafka();

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", kafka::bootstrapServers);
    }

    @AfterAll
    static void closeKafka() {
        kafka.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Test
    void practicesSubmittedWhileKafkaIsDownAnnounceThemselvesWhenItReturns() throws Exception {
        PracticeWorld world = new PracticeWorld(port);
        kafka.stop();

        List<String> submitted = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            String id = world.draft("Практика № " + i).get("id").asString();
            assertThat(world.moderate(id, "SUBMIT", null, world.schoolCurator).get("status").asString()).isEqualTo("SUBMITTED");
            submitted.add(id);
        }
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(15)).until(() -> pending() == N);

        kafka.start();

        var records = TestEvents.read(kafka.bootstrapServers(), Topics.PUBLICATION, r -> submitted.contains(r.key()), N,
                Duration.ofSeconds(120));
        assertThat(records).extracting(r -> r.key()).containsExactlyInAnyOrderElementsOf(submitted);
        assertThat(records).allSatisfy(r -> assertThat(TestEvents.header(r, CloudEventHeaders.TYPE))
                .isEqualTo(EventCatalog.typeOf(PracticeSubmitted.class)));
        Set<String> ids = records.stream().map(r -> TestEvents.header(r, CloudEventHeaders.ID)).collect(Collectors.toSet());
        assertThat(ids).hasSize(N);
        await().atMost(Duration.ofSeconds(30)).until(() -> pending() == 0);
    }

    private long pending() {
        return mongo.getCollection("practices").countDocuments(new Document("outbox.0", new Document("$exists", true)));
    }
}
