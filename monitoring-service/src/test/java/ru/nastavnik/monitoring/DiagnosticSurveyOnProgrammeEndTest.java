package ru.nastavnik.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static ru.nastavnik.platform.testkit.TestHttp.read;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import ru.nastavnik.events.EventCatalog;
import ru.nastavnik.events.EventCodec;
import ru.nastavnik.events.pairing.MentoringFormat;
import ru.nastavnik.events.pairing.ProgrammeCompleted;
import ru.nastavnik.events.pairing.RoleModel;
import ru.nastavnik.platform.testkit.RealInfrastructure;
import ru.nastavnik.platform.testkit.TestEvents;
import tools.jackson.databind.JsonNode;

/**
 * The quality stage: a completed programme on pairing-events opens the satisfaction and process surveys for the
 * mentor and each mentee and the curator's programme-quality survey, once however often the event arrives.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class DiagnosticSurveyOnProgrammeEndTest {

    private static final String COMPLETED = EventCatalog.typeOf(ProgrammeCompleted.class);

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    JdbcClient jdbc;

    @Test
    void programmeEndOpensSurveysOnceAndFeedsTheQualityStage() throws Exception {
        DiagnosticFixture f = new DiagnosticFixture(port, bootstrapServers, jdbc, 1, 2);
        UUID mentor = f.mentors.getFirst();
        ProgrammeCompleted completed = completed(f, mentor, f.mentees, List.of());
        String eventId = UUID.randomUUID().toString();
        byte[] body = EventCodec.standard().encode(completed);
        TestEvents.sendRaw(bootstrapServers, completed.aggregateId(), body, eventId, COMPLETED);
        TestEvents.sendRaw(bootstrapServers, completed.aggregateId(), body, eventId, COMPLETED);
        // A republished copy under a new event id must not open a second set either.
        TestEvents.publish(bootstrapServers, completed);

        String curator = f.curator();
        String rounds = "/api/monitoring/diagnostics/organizations/" + f.school + "/rounds?academicYear=2025/2026";
        await().atMost(Duration.ofSeconds(60)).until(() -> f.call(curator, "GET", rounds, null).body().contains("PROGRAMME_END"));
        Thread.sleep(1500);
        JsonNode all = read(f.call(curator, "GET", rounds, null), 200);
        assertThat(all).hasSize(1);
        JsonNode round = all.get(0);
        assertThat(round.get("programmeId").asString()).isEqualTo(completed.programmeId().toString());
        assertThat(round.get("quarter").isNull()).isTrue();
        assertThat(round.get("expected").asLong()).isEqualTo(4);
        List<String> kinds = new ArrayList<>();
        round.get("assignments").forEach(a -> kinds.add(a.get("formKind").asString() + ":" + a.get("personId").asString("")));
        assertThat(kinds).containsExactlyInAnyOrder("MENTOR_SATISFACTION:" + mentor,
                "MENTEE_SATISFACTION:" + f.mentees.get(0), "MENTEE_SATISFACTION:" + f.mentees.get(1), "PROGRAMME_QUALITY:");

        // Each finds their survey among their to-dos; the curator the pair's quality survey.
        JsonNode mentorTodo = read(f.call(f.person(mentor, "MENTOR"), "GET", "/api/monitoring/diagnostics/todos", null), 200);
        assertThat(mentorTodo.findValuesAsString("formKind")).containsExactly("MENTOR_SATISFACTION");
        JsonNode menteeTodo = read(f.call(f.person(f.mentees.get(1), "MENTEE"), "GET", "/api/monitoring/diagnostics/todos",
                null), 200);
        assertThat(menteeTodo.findValuesAsString("formKind")).containsExactly("MENTEE_SATISFACTION");
        JsonNode curatorTodo = read(f.call(curator, "GET", "/api/monitoring/diagnostics/todos", null), 200);
        assertThat(curatorTodo.findValuesAsString("formKind")).containsExactly("PROGRAMME_QUALITY");
        assertThat(curatorTodo.get(0).get("pairId").asString()).isEqualTo(completed.pairId().toString());

        read(f.call(curator, "PUT", "/api/monitoring/diagnostics/assignments/" + curatorTodo.get(0).get("assignmentId")
                .asString() + "/answers", """
                {"scores":{"goals":9,"plan":8,"meetings":9,"feedback":7,"products":8,"practice":7}}"""), 200);
        read(f.call(f.person(mentor, "MENTOR"), "PUT", "/api/monitoring/diagnostics/assignments/" + mentorTodo.get(0)
                .get("assignmentId").asString() + "/answers", """
                {"scores":{"organization":10,"plan":8,"support":9,"interaction":10,"growth":9,"overall":8}}"""), 200);
        assertThat(read(f.call(curator, "GET", "/api/monitoring/diagnostics/todos", null), 200)).isEmpty();

        JsonNode comparison = read(f.call(f.municipalCurator(), "GET", "/api/monitoring/diagnostics/organizations/"
                + f.school + "/comparison?academicYear=2025/2026", null), 200);
        List<String> quality = new ArrayList<>();
        comparison.get("quality").forEach(q -> quality.add(q.get("formKind").asString() + ":" + q.get("scale").asString()
                + "=" + q.get("average").asDouble()));
        assertThat(quality).containsExactlyInAnyOrder("PROGRAMME_QUALITY:QUALITY=8.0", "MENTOR_SATISFACTION:PROCESS=9.0",
                "MENTOR_SATISFACTION:SATISFACTION=9.0");
        JsonNode coverage = read(f.call(curator, "GET", "/api/monitoring/diagnostics/organizations/" + f.school
                + "/coverage?academicYear=2025/2026", null), 200);
        assertThat(coverage.get("forms").findValuesAsString("formKind")).containsExactlyInAnyOrder("MENTOR_SATISFACTION",
                "MENTEE_SATISFACTION", "PROGRAMME_QUALITY");
        assertThat(coverage.get("rounds").findValues("outstandingPersonIds").stream()
                .flatMap(n -> n.valueStream()).map(JsonNode::asString).toList())
                .containsExactlyInAnyOrderElementsOf(f.mentees.stream().map(UUID::toString).toList());
    }

    @Test
    void anEventWithoutMembersFallsBackToTheSelfAssessments() throws Exception {
        DiagnosticFixture f = new DiagnosticFixture(port, bootstrapServers, jdbc, 1, 1);
        UUID mentor = f.mentors.getFirst();
        UUID mentee = f.mentees.getFirst();
        TestEvents.publish(bootstrapServers, completed(f, null, List.of(), List.of(
                new ProgrammeCompleted.Score(mentor, "MENTOR", 9), new ProgrammeCompleted.Score(mentee, "MENTEE", 8))));
        String rounds = "/api/monitoring/diagnostics/organizations/" + f.school + "/rounds?academicYear=2025/2026";
        await().atMost(Duration.ofSeconds(60)).until(() -> f.call(f.curator(), "GET", rounds, null).body().contains("PROGRAMME_END"));
        JsonNode round = read(f.call(f.curator(), "GET", rounds, null), 200).get(0);
        // The curator's quality survey names nobody: its person id is null, read here as "".
        assertThat(round.get("assignments").findValuesAsString("personId"))
                .containsExactlyInAnyOrder(mentor.toString(), mentee.toString(), "");
        assertThat(round.get("expected").asLong()).isEqualTo(3);
    }

    private static ProgrammeCompleted completed(DiagnosticFixture f, UUID mentor, List<UUID> mentees,
            List<ProgrammeCompleted.Score> scores) {
        return new ProgrammeCompleted(UUID.randomUUID(), UUID.randomUUID(), f.school, f.municipality, f.region,
                RoleModel.TEACHER_TEACHER, MentoringFormat.TRADITIONAL, LocalDate.of(2026, 5, 25), 9, 10, 0.9, true, 12,
                scores, "Итоги программы.", mentor, mentees);
    }
}
