package ru.nastavnik.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import ru.nastavnik.events.participant.ConsentScope;
import ru.nastavnik.events.participant.ConsentWithdrawn;
import ru.nastavnik.platform.testkit.RealInfrastructure;
import ru.nastavnik.platform.testkit.TestEvents;
import tools.jackson.databind.JsonNode;

/** Authors' names appear only with consent; a withdrawn consent turns the author into «Автор» everywhere. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class PracticeAuthorsTest {

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    MongoTemplate mongo;

    @Test
    void namesNeedConsentAndAWithdrawalPseudonymizesTheAuthor() throws Exception {
        PracticeWorld world = new PracticeWorld(port);
        UUID consenting = UUID.randomUUID();
        UUID silent = UUID.randomUUID();
        JsonNode created = world.ok("POST", "/api/publications/practices", Map.of("organizationId", world.school.toString(),
                "content", PracticeWorld.content("Практика двух авторов", "", "", "", "", List.of()),
                "authors", List.of(Map.of("personId", consenting.toString(), "name", "Иванова Мария Петровна", "nameConsent", true),
                        Map.of("personId", silent.toString(), "name", "Петров Пётр Ильич", "nameConsent", false))),
                world.schoolCurator);
        String id = created.get("id").asString();
        assertThat(created.get("authors").findValuesAsString("displayName")).containsExactly("Иванова Мария Петровна", "Автор");
        assertThat(created.get("authors").findValuesAsString("personId")).containsExactly(consenting.toString(), silent.toString());
        // Ids of people are for those who may see the organization's people, not for the regional institute.
        assertThat(world.ok("GET", "/api/publications/practices/" + id, null, world.regionAdmin).get("authors").get(0).get("personId").isNull())
                .isTrue();
        assertThat(mongo.getCollection("practices").find(new Document("_id", id)).first().toJson()).doesNotContain("Ильич");

        TestEvents.publish(bootstrapServers, new ConsentWithdrawn(consenting, world.school, ConsentScope.NAME_PUBLICATION,
                LocalDate.now()));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode practice = world.ok("GET", "/api/publications/practices/" + id, null, world.schoolCurator);
            assertThat(practice.get("authors").findValuesAsString("displayName")).containsExactly("Автор", "Автор");
        });
        JsonNode practice = world.ok("GET", "/api/publications/practices/" + id, null, world.schoolCurator);
        assertThat(practice.get("authors").get(0).get("personId").isNull()).isTrue();
        assertThat(practice.get("authors").get(1).get("personId").asString()).isEqualTo(silent.toString());
        assertThat(mongo.getCollection("practices").find(new Document("_id", id)).first().toJson())
                .doesNotContain(consenting.toString(), "Иванова");
    }
}
