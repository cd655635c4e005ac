package ru.nastavnik.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import ru.nastavnik.events.participant.ConsentGranted;
import ru.nastavnik.events.participant.ConsentScope;
import ru.nastavnik.events.participant.OrganizationRegistered;
import ru.nastavnik.events.participant.OrganizationType;
import ru.nastavnik.events.participant.ParticipantRegistered;
import ru.nastavnik.events.participant.ParticipantStatus;
import ru.nastavnik.events.participant.ProgrammeRole;
import ru.nastavnik.events.participant.QualificationCategory;
import ru.nastavnik.platform.testkit.TestEvents;
import ru.nastavnik.platform.testkit.TestHttp;
import ru.nastavnik.platform.testkit.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A fresh organization with a mentor and mentees announced through events (as participant-service does), a pair
 * formed through the API by the organization's curator, and tokens for each of them.
 */
final class PairFixture {

    static final JsonMapper JSON = JsonMapper.builder().build();

    final String url;
    final UUID region = UUID.randomUUID();
    final UUID municipality = UUID.randomUUID();
    final UUID school = UUID.randomUUID();
    final UUID mentor;
    final List<UUID> mentees = new ArrayList<>();
    final LocalDate startsOn;
    final LocalDate endsOn;
    final UUID pairId;

    PairFixture(int port, String bootstrapServers, JdbcClient jdbc, int menteeCount, LocalDate startsOn, LocalDate endsOn)
            throws Exception {
        this.url = "http://localhost:" + port;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        TestEvents.publish(bootstrapServers, new OrganizationRegistered(school, "Школа " + school, OrganizationType.SCHOOL,
                municipality, "Район", region, "Край"));
        mentor = person(bootstrapServers, ProgrammeRole.MENTOR_CANDIDATE);
        for (int i = 0; i < menteeCount; i++) {
            mentees.add(person(bootstrapServers, ProgrammeRole.MENTEE_CANDIDATE));
        }
        List<UUID> everyone = new ArrayList<>(mentees);
        everyone.add(mentor);
        await().atMost(Duration.ofSeconds(60)).until(() -> everyone.stream().allMatch(id -> jdbc.sql(
                "SELECT count(*) FROM eligible_participant WHERE person_id = ? AND consent_to_processing")
                .param(id).query(Long.class).single() == 1));
        if (menteeCount > 1) {
            read(TestHttp.send(url, "PUT", "/api/pairing/mentors/" + mentor + "/capacity",
                    "{\"capacity\":" + menteeCount + "}", curator()), 200);
        }
        JsonNode pair = read(TestHttp.send(url, "POST", "/api/pairing/organizations/" + school + "/pairs", """
                {"mentorId":"%s","menteeIds":%s,"roleModel":"TEACHER_TEACHER","format":"%s",
                 "startsOn":"%s","endsOn":"%s"}""".formatted(mentor, mentees.stream().map(m -> "\"" + m + "\"").toList(),
                menteeCount > 1 ? "GROUP" : "TRADITIONAL", startsOn, endsOn), curator()), 201);
        pairId = UUID.fromString(pair.get("id").asString());
    }

    private UUID person(String bootstrapServers, ProgrammeRole role) {
        UUID id = UUID.randomUUID();
        TestEvents.publish(bootstrapServers, new ParticipantRegistered(id, school, municipality, region, "учитель",
                List.of("математика"), QualificationCategory.FIRST, role == ProgrammeRole.MENTOR_CANDIDATE ? 20 : 1, role,
                ParticipantStatus.ACTIVE));
        TestEvents.publish(bootstrapServers, new ConsentGranted(id, school, ConsentScope.PERSONAL_DATA_PROCESSING,
                LocalDate.now().minusDays(10)));
        return id;
    }

    String curator() {
        return token("curator", "SCHOOL_CURATOR", null, List.of(school));
    }

    String municipalCurator() {
        return token("municipal", "MUNICIPAL_CURATOR", null, List.of());
    }

    String mentorToken() {
        return token("mentor", "MENTOR", mentor, List.of(school));
    }

    String menteeToken(int index) {
        return token("mentee" + index, "MENTEE", mentees.get(index), List.of(school));
    }

    /** A mentee of the same school who is not in this pair. */
    String strangerToken() {
        return token("stranger", "MENTEE", UUID.randomUUID(), List.of(school));
    }

    String token(String username, String role, UUID personId, List<UUID> organizations) {
        Map<String, Object> claims = new java.util.LinkedHashMap<>();
        claims.put("preferred_username", username);
        claims.put("roles", List.of(role));
        claims.put("region_id", region.toString());
        claims.put("municipality_id", municipality.toString());
        claims.put("organization_ids", organizations.stream().map(UUID::toString).toList());
        if (personId != null) {
            claims.put("person_id", personId.toString());
        }
        return TestTokens.get().withClaims(claims);
    }

    HttpResponse<String> call(String token, String method, String path, String body) throws Exception {
        return TestHttp.send(url, method, path, body, token);
    }

    static JsonNode read(HttpResponse<String> response, int status) {
        return TestHttp.read(response, status);
    }

    static String code(HttpResponse<String> response, int status) {
        JsonNode problem = read(response, status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        return problem.get("code").asString();
    }
}
