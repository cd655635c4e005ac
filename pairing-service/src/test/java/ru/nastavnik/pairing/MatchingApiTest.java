package ru.nastavnik.pairing;

import static ru.nastavnik.platform.testkit.TestHttp.read;
import static ru.nastavnik.platform.testkit.TestHttp.code;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import ru.nastavnik.events.participant.ConsentGranted;
import ru.nastavnik.events.participant.ConsentScope;
import ru.nastavnik.events.participant.MentorReadinessChanged;
import ru.nastavnik.events.participant.OrganizationRegistered;
import ru.nastavnik.events.participant.OrganizationType;
import ru.nastavnik.events.participant.ParticipantRegistered;
import ru.nastavnik.events.participant.ParticipantStatus;
import ru.nastavnik.events.participant.ProfessionalTopicKind;
import ru.nastavnik.events.participant.ProfessionalTopicsChanged;
import ru.nastavnik.events.participant.ProfessionalTopicsChanged.TopicLevel;
import ru.nastavnik.events.participant.ProgrammeRole;
import ru.nastavnik.events.participant.QualificationCategory;
import ru.nastavnik.events.participant.QuestionnairePurpose;
import ru.nastavnik.events.participant.QuestionnaireSubmitted;
import ru.nastavnik.platform.testkit.RealInfrastructure;
import ru.nastavnik.platform.testkit.TestEvents;
import ru.nastavnik.platform.testkit.TestHttp;
import ru.nastavnik.platform.testkit.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The matching workspace on pairing's read model, fed only by events: a round proposes the optimum with reasons and
 * alternatives, lists the unmatched with why, and the curator accepts, picks an alternative or rejects.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class MatchingApiTest {

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();
    private final UUID region = UUID.randomUUID();
    private final UUID municipality = UUID.randomUUID();
    private final UUID school = UUID.randomUUID();

    @Test
    void aRoundProposesTheOptimumWithReasonsAndTheCuratorDecides() throws Exception {
        TestEvents.publish(bootstrapServers, new OrganizationRegistered(school, "Школа", OrganizationType.SCHOOL, municipality,
                "Район", region, "Край"));
        // Mentor A knows digital tools well and exam preparation a little; mentor B only exam preparation.
        UUID mentorA = person(ProgrammeRole.MENTOR_CANDIDATE, true, Map.of("DIGITAL_TOOLS", 3, "EXAM_PREPARATION", 1));
        UUID mentorB = person(ProgrammeRole.MENTOR_CANDIDATE, true, Map.of("EXAM_PREPARATION", 3));
        UUID notReady = person(ProgrammeRole.MENTOR_CANDIDATE, true, Map.of("DIGITAL_TOOLS", 3));
        // Mentee 1 needs digital tools; mentee 2 exam preparation (and chose mentor A on the networking form).
        UUID mentee1 = person(ProgrammeRole.MENTEE_CANDIDATE, true, Map.of("DIGITAL_TOOLS", 2));
        UUID mentee2 = person(ProgrammeRole.MENTEE_CANDIDATE, true, Map.of("EXAM_PREPARATION", 3));
        UUID withoutRequests = person(ProgrammeRole.MENTEE_CANDIDATE, true, Map.of());
        UUID withoutConsent = person(ProgrammeRole.MENTEE_CANDIDATE, false, Map.of("DIGITAL_TOOLS", 1));
        for (UUID mentor : List.of(mentorA, mentorB)) {
            TestEvents.publish(bootstrapServers, new MentorReadinessChanged(mentor, school, municipality, region, true, "READY"));
        }
        TestEvents.publish(bootstrapServers, new QuestionnaireSubmitted(UUID.randomUUID(), UUID.randomUUID(), "NETWORKING_PREFERENCE",
                1, QuestionnairePurpose.NETWORKING_PREFERENCE, mentee2, school, municipality, region, false, Instant.now(),
                List.of(new QuestionnaireSubmitted.Answer("PREFERRED_MENTORS", "RANKED_PEOPLE", List.of(), null,
                        ProgrammeRole.MENTOR_CANDIDATE, List.of(new QuestionnaireSubmitted.RankedPerson(mentorA, 1))))));
        // The forms of mentoring from the questionnaires: mentor A works virtually, mentee 1 prefers distance work.
        TestEvents.publish(bootstrapServers, form(mentorA, QuestionnairePurpose.MENTOR_CANDIDATE,
                new QuestionnaireSubmitted.Answer("FORMATS", "MULTIPLE_CHOICE", List.of("TRADITIONAL", "VIRTUAL"), null, null, List.of())));
        TestEvents.publish(bootstrapServers, form(mentee1, QuestionnairePurpose.MENTEE,
                new QuestionnaireSubmitted.Answer("PREFERRED_FORMAT", "SINGLE_CHOICE", List.of("ONLINE"), null, null, List.of())));
        await().atMost(Duration.ofSeconds(60)).until(() -> count(
                "SELECT count(*) FROM eligible_participant WHERE person_id = ? AND preferred_form = 'VIRTUAL'", mentee1) == 1
                && count("SELECT count(*) FROM eligible_participant WHERE person_id = ? AND 'VIRTUAL' = ANY (offered_forms)",
                        mentorA) == 1
                && count("SELECT count(*) FROM eligible_participant WHERE person_id IN (?, ?)"
                + " AND mentor_ready", mentorA, mentorB) == 2
                && count("SELECT count(*) FROM networking_preference WHERE person_id = ?", mentee2) == 1
                && count("SELECT count(*) FROM participant_topic WHERE person_id IN (?, ?)", mentee1, mentee2) == 2
                && count("SELECT count(*) FROM eligible_participant WHERE person_id IN (?, ?, ?) AND consent_to_processing",
                        mentorA, mentee1, mentee2) == 3
                && count("SELECT count(*) FROM eligible_participant WHERE person_id = ?", withoutConsent) == 1);
        String rounds = "/api/pairing/organizations/" + school + "/matching-rounds";

        JsonNode round = read(call("POST", rounds, "{}"), 201);
        JsonNode proposals = round.get("proposals");
        assertThat(proposals).hasSize(2);
        assertThat(proposal(proposals, mentee1).get("mentorId").asString()).isEqualTo(mentorA.toString());
        assertThat(proposal(proposals, mentee2).get("mentorId").asString()).isEqualTo(mentorB.toString());
        // The chosen mentor A is mentee 2's next-best alternative, with the mutual choice among the reasons it lost on.
        assertThat(proposal(proposals, mentee2).get("alternatives").get(0).get("mentorId").asString()).isEqualTo(mentorA.toString());
        assertThat(proposal(proposals, mentee1).get("contributions").get("COMPETENCY_COVERAGE").asInt()).isEqualTo(40);
        assertThat(proposal(proposals, mentee1).get("contributions").get("MENTORING_FORM").asInt()).isEqualTo(5);
        assertThat(proposal(proposals, mentee2).get("contributions").get("MENTORING_FORM").asInt()).isZero();
        assertThat(round.get("unmatched").get(withoutRequests.toString()).asString()).isEqualTo("NO_REQUESTS");
        assertThat(round.get("unmatched").get(withoutConsent.toString()).asString()).isEqualTo("NO_CONSENT");
        assertThat(round.toString()).doesNotContain(notReady.toString());
        String roundPath = "/api/pairing/matching-rounds/" + round.get("id").asString();
        assertThat(read(call("GET", roundPath, null), 200).get("totalScore").asLong()).isEqualTo(round.get("totalScore").asLong());

        JsonNode pair = read(call("POST", roundPath + "/proposals/" + mentee1 + "/acceptance", dates(null)), 201);
        assertThat(pair.get("mentorId").asString()).isEqualTo(mentorA.toString());
        assertThat(code(call("POST", roundPath + "/proposals/" + mentee1 + "/acceptance", dates(null)), 409))
                .isEqualTo("PROPOSAL_ALREADY_DECIDED");
        // Mentee 2 with the alternative (mentor A, now full): refused, nothing decided; then rejected for the next round.
        assertThat(code(call("POST", roundPath + "/proposals/" + mentee2 + "/acceptance", dates(mentorA)), 409))
                .isEqualTo("MENTOR_OVER_CAPACITY");
        assertThat(call("POST", roundPath + "/proposals/" + mentee2 + "/rejection", null).statusCode()).isEqualTo(204);

        JsonNode next = read(call("POST", rounds, "{\"weights\":{\"SHARED_SUBJECT\":0}}"), 201);
        assertThat(next.get("proposals")).hasSize(1);
        assertThat(next.get("proposals").get(0).get("contributions").get("EARLIER_ROUND_PRIORITY").asInt()).isEqualTo(15);
        assertThat(next.get("proposals").get(0).get("contributions").get("SHARED_SUBJECT").asInt()).isZero();

        JsonNode badWeights = read(call("POST", rounds, "{\"weights\":{\"BEAUTY\":5,\"SHARED_SUBJECT\":500}}"), 400);
        assertThat(badWeights.get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("weights.BEAUTY",
                "weights.SHARED_SUBJECT");
        assertThat(code(call("POST", rounds, "{\"mustPair\":[{\"menteeId\":\"" + mentee2 + "\",\"mentorId\":\"" + notReady + "\"}]}"),
                422)).isEqualTo("MENTOR_NOT_AVAILABLE");
        assertThat(code(call("POST", rounds, "{\"mustPair\":[{\"menteeId\":\"" + mentee2 + "\",\"mentorId\":\"" + mentorB + "\"}],"
                + "\"mustNotPair\":[{\"menteeId\":\"" + mentee2 + "\",\"mentorId\":\"" + mentorB + "\"}]}"), 422))
                .isEqualTo("INVALID_OVERRIDES");
        assertThat(count("SELECT count(*) FROM matching_round WHERE organization_id = ?", school)).isEqualTo(2);
    }

    private UUID person(ProgrammeRole role, boolean consent, Map<String, Integer> topics) {
        UUID id = UUID.randomUUID();
        TestEvents.publish(bootstrapServers, new ParticipantRegistered(id, school, municipality, region, "учитель",
                List.of("математика"), QualificationCategory.FIRST, role == ProgrammeRole.MENTOR_CANDIDATE ? 20 : 1, role,
                ParticipantStatus.ACTIVE));
        if (consent) {
            TestEvents.publish(bootstrapServers, new ConsentGranted(id, school, ConsentScope.PERSONAL_DATA_PROCESSING,
                    LocalDate.now().minusDays(5)));
        }
        if (!topics.isEmpty()) {
            TestEvents.publish(bootstrapServers, new ProfessionalTopicsChanged(id, school, municipality, region,
                    role == ProgrammeRole.MENTOR_CANDIDATE ? ProfessionalTopicKind.COMPETENCY : ProfessionalTopicKind.REQUEST,
                    topics.entrySet().stream().map(e -> new TopicLevel(e.getKey(), e.getValue())).toList()));
        }
        return id;
    }

    private QuestionnaireSubmitted form(UUID person, QuestionnairePurpose purpose, QuestionnaireSubmitted.Answer answer) {
        return new QuestionnaireSubmitted(UUID.randomUUID(), UUID.randomUUID(), purpose.name(), 1, purpose, person, school,
                municipality, region, false, Instant.now(), List.of(answer));
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private static String dates(UUID mentor) {
        return "{" + (mentor == null ? "" : "\"mentorId\":\"" + mentor + "\",")
                + "\"roleModel\":\"TEACHER_TEACHER\",\"format\":\"TRADITIONAL\",\"startsOn\":\"2026-09-15\",\"endsOn\":\"2027-05-31\"}";
    }

    private static JsonNode proposal(JsonNode proposals, UUID mentee) {
        for (JsonNode p : proposals) {
            if (p.get("menteeId").asString().equals(mentee.toString())) {
                return p;
            }
        }
        throw new AssertionError("no proposal for " + mentee);
    }

    private HttpResponse<String> call(String method, String path, String body) throws Exception {
        String curator = TestTokens.get().withClaims(Map.of("preferred_username", "curator", "roles", List.of("SCHOOL_CURATOR"),
                "region_id", region.toString(), "municipality_id", municipality.toString(),
                "organization_ids", List.of(school.toString())));
        return TestHttp.send("http://localhost:" + port, method, path, body, curator);
    }
}
