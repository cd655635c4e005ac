package ru.nastavnik.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import ru.nastavnik.events.EventCatalog;
import ru.nastavnik.events.EventCodec;
import ru.nastavnik.events.GoldenSamples;
import ru.nastavnik.events.participant.OrganizationRegistered;
import ru.nastavnik.events.participant.ParticipantRegistered;
import ru.nastavnik.events.participant.ParticipantStatus;
import ru.nastavnik.events.participant.ProgrammeRole;
import ru.nastavnik.events.participant.QualificationCategory;
import ru.nastavnik.platform.testkit.RealInfrastructure;
import ru.nastavnik.platform.testkit.TestEvents;
import ru.nastavnik.platform.testkit.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Participation counts come from live events, each counted once however often Kafka delivers it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class ParticipationProjectionTest {

    private static final String ORGANIZATION = EventCatalog.typeOf(OrganizationRegistered.class);
    private static final String PARTICIPANT = EventCatalog.typeOf(ParticipantRegistered.class);

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    private final JsonMapper json = JsonMapper.builder().build();
    private final EventCodec codec = EventCodec.standard();

    @Test
    void countsEachParticipantOnceByRole() throws Exception {
        OrganizationRegistered organization = (OrganizationRegistered) codec.decode(ORGANIZATION, GoldenSamples.of(ORGANIZATION));
        ParticipantRegistered mentee = (ParticipantRegistered) codec.decode(PARTICIPANT, GoldenSamples.of(PARTICIPANT));
        ParticipantRegistered mentor = new ParticipantRegistered(UUID.randomUUID(), mentee.organizationId(),
                mentee.municipalityId(), mentee.regionId(), "учитель физики", List.of("физика"), QualificationCategory.HIGHEST,
                25, ProgrammeRole.MENTOR_CANDIDATE, ParticipantStatus.CANDIDATE);
        String duplicated = UUID.randomUUID().toString();

        TestEvents.sendRaw(bootstrapServers, organization.aggregateId(), GoldenSamples.of(ORGANIZATION),
                UUID.randomUUID().toString(), ORGANIZATION);
        TestEvents.sendRaw(bootstrapServers, mentee.aggregateId(), GoldenSamples.of(PARTICIPANT), duplicated, PARTICIPANT);
        TestEvents.sendRaw(bootstrapServers, mentee.aggregateId(), GoldenSamples.of(PARTICIPANT), duplicated, PARTICIPANT);
        TestEvents.publish(bootstrapServers, mentor);

        await().atMost(Duration.ofSeconds(60)).until(() -> participation(organization.organizationId()).path("participants").asInt() == 2);
        JsonNode participation = participation(organization.organizationId());
        assertThat(participation.get("menteeCandidates").asInt()).isEqualTo(1);
        assertThat(participation.get("mentorCandidates").asInt()).isEqualTo(1);
        assertThat(participation.get("organizationName").asString()).isEqualTo(organization.name());
        // Monitoring holds counts, never who they are.
        assertThat(participation.toString()).doesNotContain(mentee.personId().toString(), mentor.personId().toString());
    }

    @Test
    void unknownOrganizationIsAProblemNotAnError() throws Exception {
        HttpResponse<String> response = get("/api/monitoring/organizations/" + UUID.randomUUID() + "/participation");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json.readTree(response.body()).get("code").asString()).isEqualTo("ORGANIZATION_NOT_KNOWN");
    }

    private JsonNode participation(UUID organizationId) throws Exception {
        HttpResponse<String> response = get("/api/monitoring/organizations/" + organizationId + "/participation");
        return response.statusCode() == 200 ? json.readTree(response.body()) : json.createObjectNode();
    }

    /** The municipal curator of the golden samples' municipality: counts of its organizations are theirs to see. */
    private static final String CURATOR = TestTokens.get().withClaims(Map.of("preferred_username", "curator",
            "roles", List.of("MUNICIPAL_CURATOR"), "region_id", "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a",
            "municipality_id", "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", "organization_ids", List.of()));

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + CURATOR).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
