package ru.nastavnik.pairing;

import static ru.nastavnik.platform.testkit.TestHttp.read;
import static ru.nastavnik.platform.testkit.TestHttp.code;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import ru.nastavnik.events.CloudEventHeaders;
import ru.nastavnik.events.EventCodec;
import ru.nastavnik.events.Topics;
import ru.nastavnik.events.pairing.PairFormed;
import ru.nastavnik.events.participant.ConsentGranted;
import ru.nastavnik.events.participant.ConsentScope;
import ru.nastavnik.events.participant.OrganizationRegistered;
import ru.nastavnik.events.participant.OrganizationType;
import ru.nastavnik.events.participant.ParticipantRegistered;
import ru.nastavnik.events.participant.ParticipantStatus;
import ru.nastavnik.events.participant.ProgrammeRole;
import ru.nastavnik.events.participant.QualificationCategory;
import ru.nastavnik.platform.testkit.RealInfrastructure;
import ru.nastavnik.platform.testkit.TestEvents;
import ru.nastavnik.platform.testkit.TestHttp;
import ru.nastavnik.platform.testkit.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Forming pairs and groups from participants pairing learnt through events, and every rule refused with a clear
 * problem+json while nothing is stored: consent, role, region, municipality, duplicates, capacity, form, dates.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class PairApiTest {

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<UUID, Boolean> announced = new java.util.concurrent.ConcurrentHashMap<>();
    private final UUID region = UUID.randomUUID();
    private final UUID municipality = UUID.randomUUID();
    private final UUID school = UUID.randomUUID();
    private final UUID neighbour = UUID.randomUUID();
    private final UUID elsewhere = UUID.randomUUID();

    @Test
    void aPairAndAGroupAreFormedAndAnnounced() throws Exception {
        places();
        UUID mentor = person(school, municipality, region, ProgrammeRole.MENTOR_CANDIDATE, true);
        UUID menteeA = person(school, municipality, region, ProgrammeRole.MENTEE_CANDIDATE, true);
        UUID menteeB = person(school, municipality, region, ProgrammeRole.MENTEE_CANDIDATE, true);
        UUID menteeC = person(school, municipality, region, ProgrammeRole.MENTEE_CANDIDATE, true);
        awaitKnown(menteeC);
        String pairs = "/api/pairing/organizations/" + school + "/pairs";

        read(call("PUT", "/api/pairing/mentors/" + mentor + "/capacity", "{\"capacity\":3}"), 200);
        JsonNode pair = read(call("POST", pairs, body(mentor, List.of(menteeA), "TRADITIONAL")), 201);
        assertThat(pair.get("menteeIds").get(0).asString()).isEqualTo(menteeA.toString());
        assertThat(pair.get("status").asString()).isEqualTo("ACTIVE");
        JsonNode group = read(call("POST", pairs, body(mentor, List.of(menteeB, menteeC), "GROUP")), 201);
        assertThat(group.get("menteeIds")).hasSize(2);
        assertThat(read(call("GET", pairs, null), 200)).hasSize(2);

        List<ConsumerRecord<String, byte[]>> records = TestEvents.read(bootstrapServers, Topics.PAIRING,
                r -> r.key().equals(pair.get("id").asString()), 1, Duration.ofSeconds(60));
        PairFormed formed = (PairFormed) EventCodec.standard()
                .decode(TestEvents.header(records.getFirst(), CloudEventHeaders.TYPE), records.getFirst().value());
        assertThat(formed.mentorId()).isEqualTo(mentor);
        assertThat(formed.menteeIds()).containsExactly(menteeA);
    }

    @Test
    void everyBrokenRuleIsAProblemAndStoresNothing() throws Exception {
        places();
        UUID mentor = person(school, municipality, region, ProgrammeRole.MENTOR_CANDIDATE, true);
        UUID mentee = person(school, municipality, region, ProgrammeRole.MENTEE_CANDIDATE, true);
        UUID second = person(school, municipality, region, ProgrammeRole.MENTEE_CANDIDATE, true);
        UUID noConsent = person(school, municipality, region, ProgrammeRole.MENTEE_CANDIDATE, false);
        UUID farMentor = person(elsewhere, UUID.randomUUID(), region, ProgrammeRole.MENTOR_CANDIDATE, true);
        UUID otherRegionMentor = person(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), ProgrammeRole.MENTOR_CANDIDATE, true);
        UUID neighbourMentor = person(neighbour, municipality, region, ProgrammeRole.MENTOR_CANDIDATE, true);
        awaitKnown(neighbourMentor);
        String pairs = "/api/pairing/organizations/" + school + "/pairs";

        assertThat(code(call("POST", pairs, body(mentor, List.of(noConsent), "TRADITIONAL")), 422)).isEqualTo("CONSENT_MISSING");
        assertThat(code(call("POST", pairs, body(mentee, List.of(second), "TRADITIONAL")), 422)).isEqualTo("ROLE_MISMATCH");
        assertThat(code(call("POST", pairs, body(otherRegionMentor, List.of(mentee), "TRADITIONAL")), 422))
                .isEqualTo("PAIR_ACROSS_REGIONS");
        assertThat(code(call("POST", pairs, body(farMentor, List.of(mentee), "TRADITIONAL")), 422))
                .isEqualTo("PAIR_ACROSS_MUNICIPALITIES");
        JsonNode invalid = read(call("POST", pairs, """
                {"mentorId":"%s","menteeIds":["%s","%s"],"roleModel":"KING_SUBJECT","format":"TRADITIONAL",
                 "startsOn":"2026-09-01","endsOn":"2026-08-01"}""".formatted(mentor, mentee, mentee)), 400);
        assertThat(invalid.get("errors").findValuesAsString("field")).contains("roleModel", "menteeIds", "endsOn");
        assertThat(code(call("POST", pairs, body(mentor, List.of(mentee, second), "TRADITIONAL")), 400)).isEqualTo("VALIDATION_FAILED");
        assertThat(jdbc.sql("SELECT count(*) FROM mentoring_pair WHERE organization_id = ?").param(school)
                .query(Long.class).single()).isZero();

        // Network mentoring inside the municipality is allowed; then the mentee is taken and the mentor full.
        read(call("POST", pairs, body(neighbourMentor, List.of(mentee), "TRADITIONAL")), 201);
        assertThat(code(call("POST", pairs, body(neighbourMentor, List.of(mentee), "TRADITIONAL")), 409)).isEqualTo("DUPLICATE_PAIR");
        assertThat(code(call("POST", pairs, body(mentor, List.of(mentee), "TRADITIONAL")), 409)).isEqualTo("MENTEE_ALREADY_PAIRED");
        assertThat(code(call("POST", pairs, body(neighbourMentor, List.of(second), "TRADITIONAL")), 409))
                .isEqualTo("MENTOR_OVER_CAPACITY");
        assertThat(code(call("PUT", "/api/pairing/mentors/" + mentor + "/capacity", "{\"capacity\":11}"), 400))
                .isEqualTo("VALIDATION_FAILED");
        assertThat(jdbc.sql("SELECT count(*) FROM mentoring_pair WHERE organization_id = ?").param(school)
                .query(Long.class).single()).isEqualTo(1L);

        String stranger = TestTokens.get().withClaims(Map.of("preferred_username", "stranger", "roles", List.of("SCHOOL_CURATOR"),
                "region_id", region.toString(), "municipality_id", municipality.toString(),
                "organization_ids", List.of(neighbour.toString())));
        assertThat(TestHttp.send(url(), "POST", pairs, body(mentor, List.of(second), "TRADITIONAL"), stranger).statusCode())
                .isEqualTo(403);
        assertThat(TestHttp.send(url(), "GET", pairs, null, stranger).statusCode()).isEqualTo(403);
    }

    private void places() {
        for (UUID organization : List.of(school, neighbour)) {
            TestEvents.publish(bootstrapServers, new OrganizationRegistered(organization, "Школа " + organization,
                    OrganizationType.SCHOOL, municipality, "Район", region, "Край"));
        }
        TestEvents.publish(bootstrapServers, new OrganizationRegistered(elsewhere, "Школа далеко", OrganizationType.SCHOOL,
                UUID.randomUUID(), "Другой район", region, "Край"));
    }

    private UUID person(UUID organization, UUID personMunicipality, UUID personRegion, ProgrammeRole role, boolean consent) {
        UUID id = UUID.randomUUID();
        TestEvents.publish(bootstrapServers, new ParticipantRegistered(id, organization, personMunicipality, personRegion,
                "учитель", List.of("математика"), QualificationCategory.FIRST, role == ProgrammeRole.MENTOR_CANDIDATE ? 20 : 1,
                role, ParticipantStatus.ACTIVE));
        announced.put(id, consent);
        if (consent) {
            TestEvents.publish(bootstrapServers, new ConsentGranted(id, organization, ConsentScope.PERSONAL_DATA_PROCESSING,
                    LocalDate.now().minusDays(10)));
        }
        return id;
    }

    /** Until pairing holds every person this test announced, each with the consent it was given. */
    private void awaitKnown(UUID last) {
        await().atMost(Duration.ofSeconds(60)).until(() -> announced.entrySet().stream().allMatch(e -> jdbc.sql(
                "SELECT count(*) FROM eligible_participant WHERE person_id = ? AND consent_to_processing = ?")
                .params(e.getKey(), e.getValue()).query(Long.class).single() == 1));
        assertThat(announced).containsKey(last);
    }

    private String body(UUID mentor, List<UUID> mentees, String format) {
        return """
                {"mentorId":"%s","menteeIds":%s,"roleModel":"TEACHER_TEACHER","format":"%s",
                 "startsOn":"2026-09-15","endsOn":"2027-05-31"}""".formatted(mentor,
                mentees.stream().map(m -> "\"" + m + "\"").toList(), format);
    }

    private String curator() {
        return TestTokens.get().withClaims(Map.of("preferred_username", "curator", "roles", List.of("SCHOOL_CURATOR"),
                "region_id", region.toString(), "municipality_id", municipality.toString(),
                "organization_ids", List.of(school.toString())));
    }

    private String url() {
        return "http://localhost:" + port;
    }

    private HttpResponse<String> call(String method, String path, String body) throws Exception {
        return TestHttp.send(url(), method, path, body, curator());
    }
}
