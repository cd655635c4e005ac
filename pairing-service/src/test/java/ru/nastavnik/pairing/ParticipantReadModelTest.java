package ru.nastavnik.pairing;

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
import ru.nastavnik.events.participant.OrganizationType;
import ru.nastavnik.events.participant.ProfessionalTopicsChanged;
import ru.nastavnik.events.participant.ParticipantProfileChanged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.beans.factory.annotation.Autowired;
import ru.nastavnik.platform.testkit.RealInfrastructure;
import ru.nastavnik.platform.testkit.TestEvents;
import ru.nastavnik.platform.testkit.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The consumer side of the participant events contract: the golden sample, as bytes, builds the read model. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class ParticipantReadModelTest {

    private static final String TYPE = EventCatalog.typeOf(ParticipantRegistered.class);

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void goldenParticipantRegisteredAppearsInTheReadModel() throws Exception {
        byte[] golden = GoldenSamples.of(TYPE);
        ParticipantRegistered sample = (ParticipantRegistered) EventCodec.standard().decode(TYPE, golden);
        String eventId = UUID.randomUUID().toString();

        String organizationType = EventCatalog.typeOf(OrganizationRegistered.class);
        TestEvents.sendRaw(bootstrapServers, sample.organizationId().toString(), GoldenSamples.of(organizationType),
                UUID.randomUUID().toString(), organizationType);
        TestEvents.sendRaw(bootstrapServers, sample.aggregateId(), golden, eventId, TYPE);
        TestEvents.sendRaw(bootstrapServers, sample.aggregateId(), golden, eventId, TYPE);

        String token = curatorOf(sample);
        await().atMost(Duration.ofSeconds(60)).until(() -> participants(sample.organizationId(), token).size() == 1);
        JsonNode participant = participants(sample.organizationId(), token).get(0);
        assertThat(participant.get("personId").asString()).isEqualTo(sample.personId().toString());
        assertThat(participant.has("fullName")).as("pairing holds no names").isFalse();
        assertThat(participant.get("subjects").get(1).asString()).isEqualTo(sample.subjects().get(1));
        assertThat(participant.get("qualificationCategory").asString()).isEqualTo(sample.qualificationCategory().name());
        assertThat(participant.get("programmeRole").asString()).isEqualTo(sample.programmeRole().name());
        assertThat(participant.get("yearsOfExperience").asInt()).isEqualTo(sample.yearsOfExperience());

        // Personal data: a curator of another organization gets nothing.
        String stranger = TestTokens.get().withClaims(Map.of("preferred_username", "stranger", "roles", List.of("SCHOOL_CURATOR"),
                "region_id", sample.regionId().toString(), "organization_ids", List.of(UUID.randomUUID().toString())));
        assertThat(request(sample.organizationId(), stranger).statusCode()).isEqualTo(403);
    }

    @Test
    void goldenProfileAndTopicChangesReplaceWhatPairingHolds() throws Exception {
        ParticipantRegistered registered = (ParticipantRegistered) EventCodec.standard().decode(TYPE, GoldenSamples.of(TYPE));
        String changedType = EventCatalog.typeOf(ParticipantProfileChanged.class);
        ParticipantProfileChanged changed = (ParticipantProfileChanged) EventCodec.standard().decode(changedType,
                GoldenSamples.of(changedType));
        String topicsType = EventCatalog.typeOf(ProfessionalTopicsChanged.class);
        ProfessionalTopicsChanged topics = (ProfessionalTopicsChanged) EventCodec.standard().decode(topicsType,
                GoldenSamples.of(topicsType));
        UUID secondOrganization = changed.otherOrganizationIds().getFirst();
        TestEvents.publish(bootstrapServers, new OrganizationRegistered(secondOrganization, "Вторая школа",
                OrganizationType.SCHOOL, changed.municipalityId(), "Муниципалитет", changed.regionId(), "Регион"));
        String organizationType = EventCatalog.typeOf(OrganizationRegistered.class);
        TestEvents.sendRaw(bootstrapServers, registered.organizationId().toString(), GoldenSamples.of(organizationType),
                UUID.randomUUID().toString(), organizationType);
        TestEvents.sendRaw(bootstrapServers, registered.aggregateId(), GoldenSamples.of(TYPE), UUID.randomUUID().toString(), TYPE);
        TestEvents.sendRaw(bootstrapServers, changed.aggregateId(), GoldenSamples.of(changedType), UUID.randomUUID().toString(), changedType);
        TestEvents.sendRaw(bootstrapServers, topics.aggregateId(), GoldenSamples.of(topicsType), UUID.randomUUID().toString(), topicsType);

        String token = TestTokens.get().withClaims(Map.of("preferred_username", "curator", "roles", List.of("SCHOOL_CURATOR"),
                "region_id", changed.regionId().toString(), "municipality_id", changed.municipalityId().toString(),
                "organization_ids", List.of(secondOrganization.toString())));
        await().atMost(Duration.ofSeconds(60)).until(() -> participants(secondOrganization, token).size() == 1
                && levels(changed.personId()).size() == topics.topics().size());
        JsonNode participant = participants(secondOrganization, token).get(0);
        assertThat(participant.get("status").asString()).isEqualTo(changed.status().name());
        assertThat(participant.get("qualificationCategory").asString()).isEqualTo(changed.qualificationCategory().name());
        assertThat(participant.get("yearsOfExperience").asInt()).isEqualTo(changed.yearsOfExperience());
        assertThat(levels(changed.personId())).containsExactlyInAnyOrderElementsOf(
                topics.topics().stream().map(t -> t.code() + ":" + t.level()).toList());
    }

    private List<String> levels(UUID personId) {
        return jdbc.sql("SELECT topic_code || ':' || level FROM participant_topic WHERE person_id = ?").param(personId)
                .query(String.class).list();
    }

    private String curatorOf(ParticipantRegistered sample) {
        return TestTokens.get().withClaims(Map.of("preferred_username", "curator", "roles", List.of("SCHOOL_CURATOR"),
                "region_id", sample.regionId().toString(), "municipality_id", sample.municipalityId().toString(),
                "organization_ids", List.of(sample.organizationId().toString())));
    }

    private HttpResponse<String> request(UUID organizationId, String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/pairing/participants?organizationId=" + organizationId))
                .header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private JsonNode participants(UUID organizationId, String token) throws Exception {
        HttpResponse<String> response = request(organizationId, token);
        return response.statusCode() == 200 ? json.readTree(response.body()) : json.createArrayNode();
    }
}
