package ru.nastavnik.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.nastavnik.platform.testkit.TestHttp.code;
import static ru.nastavnik.platform.testkit.TestHttp.fields;
import static ru.nastavnik.platform.testkit.TestHttp.read;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
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
import ru.nastavnik.events.monitoring.DiagnosticCompleted;
import ru.nastavnik.platform.testkit.RealInfrastructure;
import ru.nastavnik.platform.testkit.TestEvents;
import tools.jackson.databind.JsonNode;

/**
 * A quarterly diagnostic round through the API: opening (once per form and quarter), answering by the person and
 * from paper by the curator, validation, coverage and its indicator, comparison across two rounds, and who sees
 * what (the organization's curator per person, the municipality aggregates only, other organizations nothing).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class DiagnosticRoundApiTest {

    private static final String YEAR = "2025/2026";

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    JdbcClient jdbc;

    @Test
    void roundsAnswersCoverageAndComparison() throws Exception {
        DiagnosticFixture f = new DiagnosticFixture(port, bootstrapServers, jdbc, 2, 1);
        String curator = f.curator();
        UUID mentorA = f.mentors.get(0);
        UUID mentorB = f.mentors.get(1);
        String rounds = "/api/monitoring/diagnostics/organizations/" + f.school + "/rounds";

        JsonNode invalid = read(f.call(curator, "POST", rounds, """
                {"academicYear":"2025","quarter":5,"formKind":"PROGRAMME_QUALITY"}"""), 400);
        assertThat(fields(invalid)).containsExactly("academicYear", "quarter", "formKind");
        assertThat(read(f.call(curator, "GET", rounds + "?academicYear=" + YEAR, null), 200)).isEmpty();

        JsonNode first = read(f.call(curator, "POST", rounds, open(1)), 201);
        assertThat(first.get("expected").asLong()).isEqualTo(2);
        assertThat(first.get("submitted").asLong()).isZero();
        assertThat(first.get("assignments").findValuesAsString("personId"))
                .containsExactlyInAnyOrder(mentorA.toString(), mentorB.toString());
        assertThat(code(f.call(curator, "POST", rounds, open(1)), 409)).isEqualTo("DIAGNOSTIC_ROUND_EXISTS");
        assertThat(code(f.call(f.curatorOf(f.neighbour), "POST", rounds, open(2)), 403)).isEqualTo("FORBIDDEN");

        // The mentor finds the form among their to-dos.
        String mentorTokenA = f.person(mentorA, "MENTOR");
        JsonNode todos = read(f.call(mentorTokenA, "GET", "/api/monitoring/diagnostics/todos", null), 200);
        assertThat(todos).hasSize(1);
        assertThat(todos.get(0).get("formKind").asString()).isEqualTo("MENTOR_COMPETENCIES");
        String assignmentA = "/api/monitoring/diagnostics/assignments/" + todos.get(0).get("assignmentId").asString();
        JsonNode form = read(f.call(mentorTokenA, "GET", assignmentA, null), 200);
        assertThat(form.get("form").get("title").asString()).isEqualTo("Диагностика профессиональных компетенций наставника");
        assertThat(form.get("form").get("criteria")).hasSize(6);

        // Missing and out-of-range scores: 400 naming each field, nothing stored.
        Map<String, Integer> bad = DiagnosticFixture.mentorScores(5);
        bad.remove("planning");
        bad.put("subject", 11);
        bad.put("digital", 0);
        bad.put("unknown", 3);
        JsonNode problem = read(f.call(mentorTokenA, "PUT", assignmentA + "/answers", DiagnosticFixture.scores(bad)), 400);
        assertThat(fields(problem)).containsExactlyInAnyOrder("scores.subject", "scores.planning", "scores.digital",
                "scores.unknown");
        assertThat(read(f.call(mentorTokenA, "GET", assignmentA, null), 200).get("status").asString()).isEqualTo("DUE");

        // Someone else's form is not theirs to fill.
        assertThat(code(f.call(f.person(mentorB, "MENTOR"), "PUT", assignmentA + "/answers",
                DiagnosticFixture.scores(DiagnosticFixture.mentorScores(9))), 403)).isEqualTo("FORBIDDEN");

        JsonNode submitted = read(f.call(mentorTokenA, "PUT", assignmentA + "/answers",
                DiagnosticFixture.scores(DiagnosticFixture.mentorScores(5))), 200);
        assertThat(submitted.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(submitted.get("averageScore").decimalValue()).isEqualByComparingTo("5");
        assertThat(submitted.get("enteredByCurator").asBoolean()).isFalse();

        String coverage = "/api/monitoring/diagnostics/organizations/" + f.school + "/coverage?academicYear=" + YEAR;
        JsonNode half = read(f.call(curator, "GET", coverage, null), 200);
        assertThat(half.get("covered").asLong()).isEqualTo(1);
        assertThat(half.get("due").asLong()).isEqualTo(2);
        assertThat(half.get("percent").asDouble()).isEqualTo(50.0);
        assertThat(half.get("rounds").get(0).get("outstandingPersonIds").get(0).asString()).isEqualTo(mentorB.toString());
        assertThat(fact(f.school)).containsExactly(1L, 2L);
        JsonNode curatorTodos = read(f.call(curator, "GET", "/api/monitoring/diagnostics/organizations/" + f.school
                + "/todos", null), 200);
        assertThat(curatorTodos).hasSize(1);
        assertThat(curatorTodos.get(0).get("outstanding").asLong()).isEqualTo(1);

        // The curator enters mentor B's paper form.
        String assignmentB = "/api/monitoring/diagnostics/assignments/" + assignmentOf(first, mentorB);
        JsonNode paper = read(f.call(curator, "PUT", assignmentB + "/answers",
                DiagnosticFixture.scores(DiagnosticFixture.mentorScores(6))), 200);
        assertThat(paper.get("enteredByCurator").asBoolean()).isTrue();
        assertThat(read(f.call(curator, "GET", coverage, null), 200).get("percent").asDouble()).isEqualTo(100.0);
        assertThat(fact(f.school)).containsExactly(2L, 2L);

        // The second quarter: mentor A grows, mentor B has not answered yet.
        JsonNode second = read(f.call(curator, "POST", rounds, open(2)), 201);
        read(f.call(mentorTokenA, "PUT", "/api/monitoring/diagnostics/assignments/" + assignmentOf(second, mentorA)
                + "/answers", DiagnosticFixture.scores(DiagnosticFixture.mentorScores(8))), 200);
        assertThat(fact(f.school)).containsExactly(1L, 2L);

        JsonNode personal = read(f.call(mentorTokenA, "GET", "/api/monitoring/diagnostics/people/" + mentorA
                + "/comparison?academicYear=" + YEAR, null), 200);
        JsonNode table = personal.get("tables").get(0);
        assertThat(table.get("rounds").findValues("quarter").stream().map(JsonNode::asInt).toList()).containsExactly(1, 2);
        JsonNode subject = table.get("rows").get(0);
        assertThat(table.get("rows").findValuesAsString("code")).as("the form's order")
                .containsExactly("subject", "planning", "communication", "feedback", "reflection", "digital");
        assertThat(subject.get("title").asString()).isEqualTo("Предметные знания и методика преподавания");
        assertThat(subject.get("values").get(0).asDouble()).isEqualTo(5.0);
        assertThat(subject.get("values").get(1).asDouble()).isEqualTo(8.0);
        assertThat(subject.get("change").asDouble()).isEqualTo(3.0);
        assertThat(read(f.call(curator, "GET", "/api/monitoring/diagnostics/people/" + mentorA + "/comparison?academicYear="
                + YEAR, null), 200).get("tables").get(0).get("rows").get(0).get("change").asDouble()).isEqualTo(3.0);

        JsonNode organization = read(f.call(curator, "GET", "/api/monitoring/diagnostics/organizations/" + f.school
                + "/comparison?academicYear=" + YEAR, null), 200);
        assertThat(organization.get("tables").get(0).get("roundAverages").get(0).asDouble()).isEqualTo(5.5);
        assertThat(organization.get("tables").get(0).get("roundAverages").get(1).asDouble()).isEqualTo(8.0);
        JsonNode growth = organization.get("growth").get(0);
        assertThat(growth.get("before").asDouble()).isEqualTo(5.5);
        assertThat(growth.get("after").asDouble()).isEqualTo(8.0);
        assertThat(growth.get("change").asDouble()).isEqualTo(2.5);

        // Other organizations see nothing; people see no organization figures.
        String neighbourCurator = f.curatorOf(f.neighbour);
        assertThat(code(f.call(neighbourCurator, "GET", coverage, null), 403)).isEqualTo("FORBIDDEN");
        assertThat(code(f.call(neighbourCurator, "GET", "/api/monitoring/diagnostics/people/" + mentorA
                + "/comparison?academicYear=" + YEAR, null), 403)).isEqualTo("FORBIDDEN");
        assertThat(code(f.call(mentorTokenA, "GET", coverage, null), 403)).isEqualTo("FORBIDDEN");
        assertThat(code(f.call(mentorTokenA, "GET", assignmentB, null), 403)).isEqualTo("FORBIDDEN");

        // The municipal curator and the region: aggregates per organization, never a person id.
        for (String coordinator : List.of(f.municipalCurator(), f.regionAdmin())) {
            JsonNode theirs = read(f.call(coordinator, "GET", coverage, null), 200);
            assertThat(theirs.get("covered").asLong()).isEqualTo(1);
            assertThat(theirs.get("rounds").get(0).get("outstandingPersonIds").isNull()).isTrue();
            String bodies = f.call(coordinator, "GET", coverage, null).body()
                    + f.call(coordinator, "GET", rounds + "?academicYear=" + YEAR, null).body()
                    + f.call(coordinator, "GET", "/api/monitoring/diagnostics/organizations/" + f.school
                            + "/comparison?academicYear=" + YEAR, null).body()
                    + read(f.call(coordinator, "GET", "/api/monitoring/diagnostics/units/" + f.municipality
                            + "/organizations?academicYear=" + YEAR, null), 200);
            assertThat(bodies).doesNotContain(mentorA.toString(), mentorB.toString()).contains("МБОУ СОШ № 3");
            assertThat(code(f.call(coordinator, "GET", "/api/monitoring/diagnostics/people/" + mentorA
                    + "/comparison?academicYear=" + YEAR, null), 403)).isEqualTo("FORBIDDEN");
            assertThat(code(f.call(coordinator, "POST", rounds, open(3)), 403)).isEqualTo("FORBIDDEN");
        }
        JsonNode unit = read(f.call(f.municipalCurator(), "GET", "/api/monitoring/diagnostics/units/" + f.municipality
                + "/organizations?academicYear=" + YEAR, null), 200);
        JsonNode row = unit.get("organizations").get(0);
        assertThat(row.get("organizationId").asString()).isEqualTo(f.school.toString());
        assertThat(row.get("expected").asLong()).isEqualTo(4);
        assertThat(row.get("submitted").asLong()).isEqualTo(3);
        assertThat(row.get("growth").get(0).get("change").asDouble()).isEqualTo(2.5);

        // Closing the round stops answers.
        read(f.call(curator, "POST", "/api/monitoring/diagnostics/rounds/" + second.get("id").asString() + "/close", null), 200);
        assertThat(code(f.call(curator, "PUT", "/api/monitoring/diagnostics/assignments/" + assignmentOf(second, mentorB)
                + "/answers", DiagnosticFixture.scores(DiagnosticFixture.mentorScores(7))), 409)).isEqualTo("ROUND_CLOSED");

        // Each submission went out as DiagnosticCompleted: ids and figures, no text.
        String assignmentIdA = assignmentA.substring(assignmentA.lastIndexOf('/') + 1);
        List<ConsumerRecord<String, byte[]>> records = TestEvents.read(bootstrapServers, Topics.MONITORING,
                r -> r.key().equals(assignmentIdA), 1, Duration.ofSeconds(60));
        assertThat(records).hasSize(1);
        DiagnosticCompleted event = (DiagnosticCompleted) EventCodec.standard()
                .decode(TestEvents.header(records.getFirst(), CloudEventHeaders.TYPE), records.getFirst().value());
        assertThat(event.personId()).isEqualTo(mentorA);
        assertThat(event.organizationId()).isEqualTo(f.school);
        assertThat(event.formKind()).isEqualTo("MENTOR_COMPETENCIES");
        assertThat(event.quarter()).isEqualTo(1);
        assertThat(event.academicYear()).isEqualTo(YEAR);
        assertThat(event.averageScore()).isEqualTo(5.0);
        assertThat(new String(records.getFirst().value(), StandardCharsets.UTF_8)).doesNotContain("Диагностика", "СОШ");
    }

    @Test
    void curatorsOwnFormVersionIsUsedAndVersionedOnceAnswered() throws Exception {
        DiagnosticFixture f = new DiagnosticFixture(port, bootstrapServers, jdbc, 0, 1);
        String curator = f.curator();
        String forms = "/api/monitoring/diagnostics/organizations/" + f.school + "/forms";
        JsonNode invalid = read(f.call(curator, "POST", forms, """
                {"kind":"MENTEE_NEEDS","title":"","criteria":[{"code":"A B","title":"x","scale":"NOPE"}]}"""), 400);
        assertThat(fields(invalid)).containsExactly("title", "criteria[0].code", "criteria[0].scale");
        String own = """
                {"kind":"MENTEE_NEEDS","title":"Запросы молодого педагога","criteria":[
                  {"code":"lesson","title":"Урок по ФГОС","scale":"NEED"},
                  {"code":"parents","title":"Родительские собрания","scale":"NEED"}]}""";
        JsonNode v2 = read(f.call(curator, "POST", forms, own), 201);
        assertThat(v2.get("version").asInt()).isEqualTo(2);
        // Unanswered: editing replaces the same version.
        assertThat(read(f.call(curator, "POST", forms, own), 201).get("version").asInt()).isEqualTo(2);
        assertThat(code(f.call(f.person(f.mentees.getFirst(), "MENTEE"), "POST", forms, own), 403)).isEqualTo("FORBIDDEN");

        JsonNode round = read(f.call(curator, "POST", "/api/monitoring/diagnostics/organizations/" + f.school + "/rounds",
                """
                {"academicYear":"2025/2026","quarter":1,"formKind":"MENTEE_NEEDS"}"""), 201);
        String assignment = "/api/monitoring/diagnostics/assignments/" + round.get("assignments").get(0).get("id").asString();
        String mentee = f.person(f.mentees.getFirst(), "MENTEE");
        assertThat(read(f.call(mentee, "GET", assignment, null), 200).get("form").get("criteria")).hasSize(2);
        read(f.call(mentee, "PUT", assignment + "/answers", """
                {"scores":{"lesson":3,"parents":4}}"""), 200);
        // Answered: editing makes version 3; the answered form keeps its questions.
        assertThat(read(f.call(curator, "POST", forms, own.replace("Урок по ФГОС", "Современный урок")), 201)
                .get("version").asInt()).isEqualTo(3);
        assertThat(read(f.call(mentee, "GET", assignment, null), 200).get("form").get("criteria").get(0).get("title")
                .asString()).isEqualTo("Урок по ФГОС");
        JsonNode all = read(f.call(curator, "GET", forms, null), 200);
        assertThat(all.findValuesAsString("title")).contains("Диагностика профессиональных дефицитов (запросов) наставляемого",
                "Анкета удовлетворённости участием в программе наставничества (наставник)",
                "Оценка качества реализации программы наставничества");
    }

    private static String open(int quarter) {
        return """
                {"academicYear":"%s","quarter":%d,"formKind":"MENTOR_COMPETENCIES"}""".formatted(YEAR, quarter);
    }

    private static String assignmentOf(JsonNode round, UUID person) {
        for (JsonNode a : round.get("assignments")) {
            if (person.toString().equals(a.get("personId").asString(""))) {
                return a.get("id").asString();
            }
        }
        throw new AssertionError("no assignment of " + person + " in " + round);
    }

    private List<Long> fact(UUID organization) {
        return jdbc.sql("""
                SELECT numerator, denominator FROM indicator_fact
                WHERE organization_id = ? AND academic_year = 2025 AND indicator = 'DIAGNOSTICS_COVERAGE'
                """).param(organization).query((rs, row) -> List.of(rs.getLong(1), rs.getLong(2))).single();
    }
}
