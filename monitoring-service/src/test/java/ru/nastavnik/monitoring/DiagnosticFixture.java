package ru.nastavnik.monitoring;

import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import ru.nastavnik.events.participant.OrganizationRegistered;
import ru.nastavnik.events.participant.OrganizationType;
import ru.nastavnik.events.participant.ParticipantRegistered;
import ru.nastavnik.events.participant.ParticipantStatus;
import ru.nastavnik.events.participant.ProgrammeRole;
import ru.nastavnik.platform.testkit.TestEvents;
import ru.nastavnik.platform.testkit.TestHttp;
import ru.nastavnik.platform.testkit.TestTokens;

/**
 * A fresh organization (and a neighbour in the same municipality) whose mentors and mentees arrive as
 * participant-service's events, with tokens for its curator, its people, the municipal curator and the region.
 */
final class DiagnosticFixture {

    final String url;
    final String bootstrapServers;
    final UUID region = UUID.randomUUID();
    final UUID municipality = UUID.randomUUID();
    final UUID school = UUID.randomUUID();
    final UUID neighbour = UUID.randomUUID();
    final List<UUID> mentors = new ArrayList<>();
    final List<UUID> mentees = new ArrayList<>();

    DiagnosticFixture(int port, String bootstrapServers, JdbcClient jdbc, int mentorCount, int menteeCount) {
        this.url = "http://localhost:" + port;
        this.bootstrapServers = bootstrapServers;
        TestEvents.publish(bootstrapServers, new OrganizationRegistered(school, "МБОУ СОШ № 3", OrganizationType.SCHOOL,
                municipality, "Тестовый район", region, "Тестовый край"));
        TestEvents.publish(bootstrapServers, new OrganizationRegistered(neighbour, "МБОУ СОШ № 4", OrganizationType.SCHOOL,
                municipality, "Тестовый район", region, "Тестовый край"));
        for (int i = 0; i < mentorCount; i++) {
            mentors.add(person(school, ProgrammeRole.MENTOR_CANDIDATE));
        }
        for (int i = 0; i < menteeCount; i++) {
            mentees.add(person(school, ProgrammeRole.MENTEE_CANDIDATE));
        }
        person(neighbour, ProgrammeRole.MENTOR_CANDIDATE);
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql(
                "SELECT count(*) FROM diagnostic_roster WHERE organization_id IN (?, ?)").params(school, neighbour)
                .query(Long.class).single() == mentorCount + menteeCount + 1);
    }

    private UUID person(UUID organization, ProgrammeRole role) {
        UUID id = UUID.randomUUID();
        TestEvents.publish(bootstrapServers, new ParticipantRegistered(id, organization, municipality, region, "учитель",
                List.of(), null, 5, role, ParticipantStatus.ACTIVE));
        return id;
    }

    String curator() {
        return curatorOf(school);
    }

    String curatorOf(UUID organization) {
        return TestTokens.get().withClaims(Map.of("preferred_username", "curator", "roles", List.of("SCHOOL_CURATOR"),
                "region_id", region.toString(), "municipality_id", municipality.toString(),
                "organization_ids", List.of(organization.toString()), "person_id", UUID.randomUUID().toString()));
    }

    String person(UUID personId, String role) {
        return TestTokens.get().withClaims(Map.of("preferred_username", "person", "roles", List.of(role),
                "region_id", region.toString(), "municipality_id", municipality.toString(),
                "organization_ids", List.of(school.toString()), "person_id", personId.toString()));
    }

    String municipalCurator() {
        return TestTokens.get().withClaims(Map.of("preferred_username", "municipal", "roles", List.of("MUNICIPAL_CURATOR"),
                "region_id", region.toString(), "municipality_id", municipality.toString(), "organization_ids", List.of()));
    }

    String regionAdmin() {
        return TestTokens.get().withClaims(Map.of("preferred_username", "region", "roles", List.of("REGION_ADMIN"),
                "region_id", region.toString(), "organization_ids", List.of()));
    }

    HttpResponse<String> call(String token, String method, String path, String body) throws Exception {
        return TestHttp.send(url, method, path, body, token);
    }

    static String scores(Map<String, Integer> scores) {
        StringBuilder json = new StringBuilder("{\"scores\":{");
        scores.forEach((code, score) -> json.append('"').append(code).append("\":").append(score).append(','));
        if (!scores.isEmpty()) {
            json.setLength(json.length() - 1);
        }
        return json.append("}}").toString();
    }

    /** Every criterion of the default mentor competencies form with the same score. */
    static Map<String, Integer> mentorScores(int score) {
        Map<String, Integer> scores = new java.util.LinkedHashMap<>();
        for (String code : List.of("subject", "planning", "communication", "feedback", "reflection", "digital")) {
            scores.put(code, score);
        }
        return scores;
    }
}
