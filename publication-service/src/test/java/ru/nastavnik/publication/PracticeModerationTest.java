package ru.nastavnik.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import ru.nastavnik.events.CloudEventHeaders;
import ru.nastavnik.events.EventCatalog;
import ru.nastavnik.events.EventCodec;
import ru.nastavnik.events.Topics;
import ru.nastavnik.events.publication.PracticePublished;
import ru.nastavnik.events.publication.PublicationLevel;
import ru.nastavnik.events.publication.PracticeSubmitted;
import ru.nastavnik.platform.testkit.RealInfrastructure;
import ru.nastavnik.platform.testkit.TestEvents;
import ru.nastavnik.platform.testkit.TestHttp;
import tools.jackson.databind.JsonNode;

/**
 * Moderation from the school through the municipality to the regional bank: each level acts on its own queue,
 * returns need a comment, a wrong step is a 409 that leaves the practice as it was, and submission and publication
 * reach Kafka through the MongoDB outbox as CloudEvents.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class PracticeModerationTest {

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    PracticeWorld world;

    @BeforeEach
    void world() {
        world = new PracticeWorld(port);
    }

    @Test
    void aPracticeTravelsFromTheSchoolToTheRegionalBankAndItsEventsReachKafka() throws Exception {
        String id = world.draft("Школа молодого педагога").get("id").asString();

        world.moderate(id, "SUBMIT", null, world.schoolCurator);
        assertThat(world.ok("GET", "/api/publications/moderation/queue", null, world.municipalCurator).findValuesAsString("id"))
                .contains(id);
        assertThat(world.ok("GET", "/api/publications/moderation/queue", null, world.otherMunicipalCurator).findValuesAsString("id"))
                .doesNotContain(id);

        JsonNode returned = world.moderate(id, "MUNICIPALITY_RETURN", "Добавьте <b>цифры</b> результатов", world.municipalCurator);
        assertThat(returned.get("status").asString()).isEqualTo("RETURNED_BY_MUNICIPALITY");
        JsonNode lastStep = returned.get("history").get(returned.get("history").size() - 1);
        assertThat(lastStep.get("comment").asString()).isEqualTo("Добавьте цифры результатов");
        assertThat(lastStep.get("actor").asString()).isEqualTo("MUNICIPALITY");

        world.ok("PUT", "/api/publications/practices/" + id, Map.of("version", returned.get("version").asLong(),
                "content", PracticeWorld.content("Школа молодого педагога", "С цифрами", "", "", "<p>92 %</p>", List.of())),
                world.schoolCurator);
        world.moderate(id, "SUBMIT", null, world.schoolCurator);
        world.moderate(id, "MUNICIPALITY_ACCEPT", null, world.municipalCurator);
        assertThat(world.ok("GET", "/api/publications/moderation/queue", null, world.regionAdmin).findValuesAsString("id"))
                .contains(id);
        JsonNode backToMunicipality = world.moderate(id, "REGION_RETURN", "Уточните форму наставничества", world.regionAdmin);
        assertThat(backToMunicipality.get("status").asString()).isEqualTo("RETURNED_BY_REGION");
        assertThat(backToMunicipality.get("level").asString()).isEqualTo("MUNICIPALITY");

        world.moderate(id, "SUBMIT", null, world.schoolCurator);
        world.moderate(id, "MUNICIPALITY_ACCEPT", null, world.municipalCurator);
        world.moderate(id, "REGION_ACCEPT", null, world.regionAdmin);
        JsonNode published = world.moderate(id, "PUBLISH", null, world.regionAdmin);
        assertThat(published.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(published.get("level").asString()).isEqualTo("REGION");
        assertThat(published.get("history").findValuesAsString("action")).containsExactly("SUBMIT", "MUNICIPALITY_RETURN",
                "SUBMIT", "MUNICIPALITY_ACCEPT", "REGION_RETURN", "SUBMIT", "MUNICIPALITY_ACCEPT", "REGION_ACCEPT", "PUBLISH");

        // A published practice is readable by the whole region, not beyond it.
        assertThat(world.call("GET", "/api/publications/practices/" + id, null, world.otherSchoolCurator).statusCode()).isEqualTo(200);
        assertThat(world.call("GET", "/api/publications/practices/" + id, null, world.foreignRegionAdmin).statusCode()).isEqualTo(403);

        var records = TestEvents.read(bootstrapServers, Topics.PUBLICATION, r -> id.equals(r.key()), 4, Duration.ofSeconds(60));
        assertThat(records).extracting(r -> TestEvents.header(r, CloudEventHeaders.TYPE)).containsExactly(
                EventCatalog.typeOf(PracticeSubmitted.class), EventCatalog.typeOf(PracticeSubmitted.class),
                EventCatalog.typeOf(PracticeSubmitted.class), EventCatalog.typeOf(PracticePublished.class));
        assertThat(records).extracting(r -> TestEvents.header(r, CloudEventHeaders.ID)).doesNotHaveDuplicates();
        assertThat(TestEvents.header(records.getFirst(), CloudEventHeaders.SOURCE)).isEqualTo("/nastavnik/publication-service");
        var event = (PracticePublished) EventCodec.standard().decode(EventCatalog.typeOf(PracticePublished.class),
                records.getLast().value());
        assertThat(event).isEqualTo(new PracticePublished(UUID.fromString(id), world.school, world.municipality, world.region,
                PublicationLevel.REGION, LocalDate.now(ZoneOffset.UTC)));
    }

    @Test
    void wrongStepsAreRefusedAndLeaveThePracticeAsItWas() throws Exception {
        String id = world.draft("Практика для проверки переходов").get("id").asString();

        assertThat(TestHttp.code(world.call("POST", "/api/publications/practices/" + id + "/moderation",
                Map.of("action", "MUNICIPALITY_ACCEPT"), world.municipalCurator), 409)).isEqualTo("INVALID_TRANSITION");
        assertThat(TestHttp.code(world.call("POST", "/api/publications/practices/" + id + "/moderation",
                Map.of("action", "PUBLISH"), world.regionAdmin), 409)).isEqualTo("INVALID_TRANSITION");
        world.moderate(id, "SUBMIT", null, world.schoolCurator);

        // Not their queue: the school cannot accept, the region cannot act before the municipality, another
        // municipality cannot touch it.
        assertThat(TestHttp.code(world.call("POST", "/api/publications/practices/" + id + "/moderation",
                Map.of("action", "MUNICIPALITY_ACCEPT"), world.schoolCurator), 403)).isEqualTo("FORBIDDEN");
        assertThat(TestHttp.code(world.call("POST", "/api/publications/practices/" + id + "/moderation",
                Map.of("action", "MUNICIPALITY_ACCEPT"), world.otherMunicipalCurator), 403)).isEqualTo("FORBIDDEN");
        assertThat(TestHttp.code(world.call("POST", "/api/publications/practices/" + id + "/moderation",
                Map.of("action", "REGION_ACCEPT"), world.regionAdmin), 409)).isEqualTo("INVALID_TRANSITION");
        assertThat(TestHttp.code(world.call("POST", "/api/publications/practices/" + id + "/moderation",
                Map.of("action", "SUBMIT"), world.schoolCurator), 409)).isEqualTo("INVALID_TRANSITION");

        JsonNode noComment = TestHttp.read(world.call("POST", "/api/publications/practices/" + id + "/moderation",
                Map.of("action", "MUNICIPALITY_RETURN", "comment", "  <b></b> "), world.municipalCurator), 400);
        assertThat(TestHttp.fields(noComment)).containsExactly("comment");
        JsonNode unknown = TestHttp.read(world.call("POST", "/api/publications/practices/" + id + "/moderation",
                Map.of("action", "APPROVE_EVERYTHING"), world.municipalCurator), 400);
        assertThat(TestHttp.fields(unknown)).containsExactly("action");

        // A submitted practice is not the school's to edit.
        assertThat(TestHttp.code(world.call("PUT", "/api/publications/practices/" + id, Map.of("version", 2,
                "content", PracticeWorld.content("Правка на модерации", "", "", "", "", List.of())), world.schoolCurator), 409))
                .isEqualTo("PRACTICE_NOT_EDITABLE");

        JsonNode unchanged = world.ok("GET", "/api/publications/practices/" + id, null, world.schoolCurator);
        assertThat(unchanged.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(unchanged.get("version").asLong()).isEqualTo(2);
        assertThat(unchanged.get("history")).hasSize(1);
        assertThat(unchanged.get("content").get("title").asString()).isEqualTo("Практика для проверки переходов");
    }
}
