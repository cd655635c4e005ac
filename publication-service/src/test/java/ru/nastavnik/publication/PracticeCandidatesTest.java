package ru.nastavnik.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.bson.Document;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import ru.nastavnik.events.EventCatalog;
import ru.nastavnik.events.GoldenSamples;
import ru.nastavnik.events.pairing.ProgrammeCompleted;
import ru.nastavnik.platform.testkit.RealInfrastructure;
import ru.nastavnik.platform.testkit.TestEvents;
import ru.nastavnik.platform.testkit.TestHttp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Completed programmes that reached their target become practice candidates for the school curator, once each,
 * whatever the shape of the event (with or without the mentor and mentee ids a later version adds).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class PracticeCandidatesTest {

    private static final String TYPE = EventCatalog.typeOf(ProgrammeCompleted.class);

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    MongoTemplate mongo;

    @Test
    void programmesThatReachedTheirTargetAreSuggestedOnceAndBecomeDrafts() throws Exception {
        PracticeWorld world = new PracticeWorld(port);
        UUID reached = UUID.randomUUID();
        UUID missed = UUID.randomUUID();
        ObjectNode withPeople = completed(world, reached, true);
        withPeople.put("mentorId", UUID.randomUUID().toString());
        withPeople.putArray("menteeIds").add(UUID.randomUUID().toString());

        // The same completion arrives twice under different event ids (a producer retry), and once in the older shape.
        List<String> sent = List.of(send(withPeople), send(withPeople), send(completed(world, reached, true)),
                send(completed(world, missed, false)));

        // Count only once every delivery has been processed (the consumer's ledger has all of them).
        await().atMost(Duration.ofSeconds(60)).until(() -> sent.stream().allMatch(id -> mongo.getCollection("platform_processed_events")
                .countDocuments(new Document("_id", "publication-service.candidates/" + id)) == 1));
        String path = "/api/publications/candidates?organizationId=" + world.school;
        JsonNode suggested = world.ok("GET", path, null, world.schoolCurator);
        assertThat(suggested.findValuesAsString("programmeId")).containsExactly(reached.toString());
        assertThat(suggested.get(0).get("resultsSummary").asString()).isEqualTo("Молодой учитель освоил проектирование урока по ФГОС.");
        assertThat(suggested.get(0).toString()).doesNotContain(withPeople.get("mentorId").asString());
        assertThat(TestHttp.code(world.call("GET", path, null, world.otherSchoolCurator), 403)).isEqualTo("FORBIDDEN");

        JsonNode draft = TestHttp.read(world.call("POST", "/api/publications/candidates/" + reached + "/draft", null, world.schoolCurator), 201);
        assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
        assertThat(draft.get("content").get("form").asString()).isEqualTo("TEACHER_TEACHER");
        assertThat(draft.get("content").get("results").asString()).contains("освоил проектирование урока", "90 %");
        JsonNode again = TestHttp.read(world.call("POST", "/api/publications/candidates/" + reached + "/draft", null, world.schoolCurator), 201);
        assertThat(again.get("id").asString()).isEqualTo(draft.get("id").asString());
        assertThat(world.ok("GET", path, null, world.schoolCurator)).isEmpty();
        assertThat(TestHttp.code(world.call("POST", "/api/publications/candidates/" + reached + "/dismiss", null, world.schoolCurator), 409))
                .isEqualTo("CANDIDATE_ALREADY_DECIDED");
        assertThat(world.ok("GET", "/api/publications/practices?organizationId=" + world.school, null, world.schoolCurator)
                .findValuesAsString("id")).containsExactly(draft.get("id").asString());
    }

    private ObjectNode completed(PracticeWorld world, UUID programme, boolean targetReached) {
        ObjectNode event = (ObjectNode) PracticeWorld.JSON.readTree(GoldenSamples.of(TYPE));
        event.put("programmeId", programme.toString());
        event.put("pairId", UUID.nameUUIDFromBytes(programme.toString().getBytes()).toString());
        event.put("organizationId", world.school.toString());
        event.put("municipalityId", world.municipality.toString());
        event.put("regionId", world.region.toString());
        event.put("targetReached", targetReached);
        event.put("resultsSummary", "Молодой учитель освоил проектирование урока по ФГОС.<script>x()</script>");
        return event;
    }

    private String send(ObjectNode event) {
        String id = UUID.randomUUID().toString();
        TestEvents.sendRaw(bootstrapServers, event.get("pairId").asString(), PracticeWorld.JSON.writeValueAsBytes(event), id, TYPE);
        return id;
    }

}
