package ru.nastavnik.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import ru.nastavnik.events.CloudEventHeaders;
import ru.nastavnik.events.EventCatalog;
import ru.nastavnik.events.EventCodec;
import ru.nastavnik.events.Topics;
import ru.nastavnik.events.participant.OrganizationRegistered;
import ru.nastavnik.events.participant.OrganizationType;
import ru.nastavnik.events.participant.ParticipantRegistered;
import ru.nastavnik.events.participant.ProgrammeRole;
import ru.nastavnik.events.participant.QualificationCategory;
import ru.nastavnik.demo.DemoRegion;
import ru.nastavnik.platform.testkit.RealInfrastructure;
import ru.nastavnik.platform.testkit.TestTokens;
import ru.nastavnik.platform.testkit.TestEvents;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Registration through the REST API, with its events on a real Kafka and its state in a real PostgreSQL. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "nastavnik.demo.seed=true")
@RealInfrastructure
class RegistrationApiTest {

    /** The municipal curator of the demo region's Leningradsky district registers here. */
    private static final String CURATOR = TestTokens.get().forUser("leningradsky.curator");

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private final EventCodec codec = EventCodec.standard();

    @Test
    void registeringAnOrganizationAndAPersonPublishesBothEvents() throws Exception {
        UUID region = DemoRegion.REGION.id();
        UUID municipality = DemoRegion.LENINGRADSKY.id();
        UUID organization = id(post("/api/participants/municipalities/" + municipality + "/organizations",
                "{\"name\":\"МБОУ СОШ № 12 " + UUID.randomUUID() + "\",\"type\":\"SCHOOL\"}", 201));
        UUID person = id(post("/api/participants/organizations/" + organization + "/people", """
                {"fullName":"Иванова Мария Петровна","position":"учитель математики","subjects":["математика"],
                 "qualificationCategory":"первая","email":"ivanova.mp@school12.ru","phone":"8 (918) 123-45-67",
                 "yearsOfExperience":2,"programmeRole":"MENTEE_CANDIDATE"}""", 201));

        List<ConsumerRecord<String, byte[]>> records = TestEvents.read(bootstrapServers, Topics.PARTICIPANT,
                r -> r.key().equals(organization.toString()) || r.key().equals(person.toString()), 2, Duration.ofSeconds(60));
        assertThat(records).hasSize(2);

        ConsumerRecord<String, byte[]> orgRecord = records.stream().filter(r -> r.key().equals(organization.toString())).findFirst().orElseThrow();
        assertThat(TestEvents.header(orgRecord, CloudEventHeaders.TYPE)).isEqualTo(EventCatalog.typeOf(OrganizationRegistered.class));
        OrganizationRegistered org = (OrganizationRegistered) codec.decode(TestEvents.header(orgRecord, CloudEventHeaders.TYPE), orgRecord.value());
        assertThat(org.municipalityId()).isEqualTo(municipality);
        assertThat(org.regionId()).isEqualTo(region);
        assertThat(org.municipalityName()).isEqualTo(DemoRegion.LENINGRADSKY.name());
        assertThat(org.type()).isEqualTo(OrganizationType.SCHOOL);

        ConsumerRecord<String, byte[]> personRecord = records.stream().filter(r -> r.key().equals(person.toString())).findFirst().orElseThrow();
        ParticipantRegistered registered = (ParticipantRegistered) codec.decode(TestEvents.header(personRecord, CloudEventHeaders.TYPE), personRecord.value());
        assertThat(registered.organizationId()).isEqualTo(organization);
        assertThat(registered.subjects()).containsExactly("математика");
        assertThat(registered.qualificationCategory()).isEqualTo(QualificationCategory.FIRST);
        assertThat(new String(personRecord.value(), StandardCharsets.UTF_8))
                .as("names and contacts never leave participant-service")
                .doesNotContain("Иванова", "ivanova.mp@school12.ru", "9181234567");
        assertThat(registered.programmeRole()).isEqualTo(ProgrammeRole.MENTEE_CANDIDATE);
        assertThat(TestEvents.header(personRecord, CloudEventHeaders.SOURCE)).isEqualTo("/nastavnik/participant-service");

        JsonNode people = json.readTree(get("/api/participants/organizations/" + organization + "/people", 200));
        assertThat(people).hasSize(1);
        assertThat(people.get(0).get("fullName").asString()).isEqualTo("Иванова Мария Петровна");
        assertThat(people.get(0).get("phone").asString()).isEqualTo("+79181234567");
        assertThat(people.get(0).get("status").asString()).isEqualTo("CANDIDATE");
    }

    @Test
    void badInputIsRefusedAndChangesNothing() throws Exception {
        UUID municipality = DemoRegion.LENINGRADSKY.id();
        String name = "Детский сад № 9 " + UUID.randomUUID();
        UUID organization = id(post("/api/participants/municipalities/" + municipality + "/organizations",
                "{\"name\":\"" + name + "\",\"type\":\"KINDERGARTEN\"}", 201));

        assertThat(code(post("/api/participants/municipalities/" + municipality + "/organizations",
                "{\"name\":\"" + name.toLowerCase() + "\",\"type\":\"KINDERGARTEN\"}", 409))).isEqualTo("ORGANIZATION_EXISTS");
        assertThat(code(post("/api/participants/organizations/" + UUID.randomUUID() + "/people",
                "{\"fullName\":\"Петров Пётр\",\"yearsOfExperience\":1,\"programmeRole\":\"MENTOR_CANDIDATE\"}", 404)))
                .isEqualTo("ORGANIZATION_NOT_FOUND");
        assertThat(code(post("/api/participants/organizations/" + organization + "/people",
                "{\"fullName\":\"Петров Пётр\",\"yearsOfExperience\":1,\"programmeRole\":\"DIRECTOR\"}", 400)))
                .isEqualTo("VALIDATION_FAILED");
        assertThat(code(post("/api/participants/organizations/" + organization + "/people",
                "{\"fullName\":\"\",\"yearsOfExperience\":99,\"programmeRole\":\"MENTOR_CANDIDATE\"}", 400)))
                .isEqualTo("VALIDATION_FAILED");
        assertThat(code(get("/api/participants/organizations/not-a-uuid/people", 400))).isEqualTo("INVALID_PARAMETER");

        assertThat(json.readTree(get("/api/participants/organizations/" + organization + "/people", 200))).isEmpty();
        assertThat(json.readTree(get("/api/participants/municipalities/" + municipality + "/organizations", 200))
                .findValuesAsString("name")).containsOnlyOnce(name);
    }

    @Test
    void operatorsGetProbesMetricsAndOpenApi() throws Exception {
        assertThat(json.readTree(get("/actuator/health/liveness", 200)).get("status").asString()).isEqualTo("UP");
        assertThat(json.readTree(get("/actuator/health/readiness", 200)).get("status").asString()).isEqualTo("UP");
        assertThat(get("/actuator/prometheus", 200)).contains("jvm_memory_used_bytes");
        assertThat(json.readTree(get("/v3/api-docs", 200)).get("paths").has("/api/participants/organizations/{organizationId}/people")).isTrue();
    }

    private String post(String path, String body, int expectedStatus) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + CURATOR)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
        return response.body();
    }

    private String get(String path, int expectedStatus) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + CURATOR).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
        return response.body();
    }

    private UUID id(String body) {
        return UUID.fromString(json.readTree(body).get("id").asString());
    }

    private String code(String problem) {
        return json.readTree(problem).get("code").asString();
    }
}
