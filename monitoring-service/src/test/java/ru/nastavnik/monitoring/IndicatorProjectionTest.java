package ru.nastavnik.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import ru.nastavnik.platform.testkit.RealInfrastructure;
import ru.nastavnik.platform.testkit.TestHttp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The live indicators from pairing, participant and publication events (IndicatorScenario): each fact as the rules
 * of the README say, duplicates without effect, and the pair drill-down for those who may see pairs only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class IndicatorProjectionTest {

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void everyEventFedIndicatorFollowsItsRule() throws Exception {
        IndicatorScenario s = new IndicatorScenario();
        s.publish(bootstrapServers);

        await().atMost(Duration.ofSeconds(90)).until(() -> facts(jdbc, s.organization, 2025).equals(IndicatorScenario.EXPECTED_2025));
        // Give the duplicated form a chance to be (wrongly) counted twice, then check nothing moved.
        Thread.sleep(1500);
        assertThat(facts(jdbc, s.organization, 2025)).isEqualTo(IndicatorScenario.EXPECTED_2025);
        assertThat(facts(jdbc, s.organization, 2024).get("PRACTICES_PUBLISHED")).containsExactly(1L, 0L);
        // Every fact carries the organization's place, so municipal and regional sums need no directory.
        assertThat(jdbc.sql("SELECT count(*) FROM indicator_fact WHERE organization_id = ? AND (municipality_id <> ? OR region_id <> ?)")
                .params(s.organization, s.municipality, s.region).query(Long.class).single()).isZero();

        String pairs = "/api/monitoring/organizations/" + s.organization + "/pairs?year=2025";
        HttpResponse<String> response = TestHttp.send(base(), "GET", pairs, null, s.schoolCurator());
        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, JsonNode> byPair = new HashMap<>();
        json.readTree(response.body()).forEach(row -> byPair.put(row.get("pairId").asString(), row));
        assertThat(byPair).containsOnlyKeys(s.p1.toString(), s.p2.toString(), s.p3.toString());
        JsonNode p1 = byPair.get(s.p1.toString());
        assertThat(fields(p1)).containsExactly("pairId", "roleModel", "format", "menteeCount", "status", "tasksDone",
                "tasksTotal", "planFulfilment", "meetingsHeld", "feedbackGiven", "feedbackExpected", "finalMeetingAttended",
                "finalMeetingParticipants");
        assertThat(p1.get("roleModel").asString()).isEqualTo("TEACHER_TEACHER");
        assertThat(p1.get("format").asString()).isEqualTo("TRADITIONAL");
        assertThat(p1.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(p1.get("menteeCount").asInt()).isEqualTo(1);
        assertThat(p1.get("tasksDone").asLong()).isEqualTo(2);
        assertThat(p1.get("tasksTotal").asLong()).isEqualTo(4);
        assertThat(p1.get("planFulfilment").decimalValue()).isEqualByComparingTo("50.0");
        assertThat(p1.get("meetingsHeld").asLong()).isEqualTo(1);
        assertThat(p1.get("feedbackGiven").asLong()).isEqualTo(1);
        assertThat(p1.get("feedbackExpected").asLong()).isEqualTo(2);
        assertThat(p1.get("finalMeetingParticipants").asLong()).isZero();
        JsonNode p2 = byPair.get(s.p2.toString());
        assertThat(p2.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(p2.get("format").asString()).isEqualTo("GROUP");
        assertThat(p2.get("planFulfilment").decimalValue()).isEqualByComparingTo("60.0");
        assertThat(p2.get("finalMeetingAttended").asLong()).isEqualTo(1);
        assertThat(p2.get("finalMeetingParticipants").asLong()).isEqualTo(2);
        assertThat(p2.get("feedbackGiven").asLong()).isEqualTo(1);
        JsonNode p3 = byPair.get(s.p3.toString());
        assertThat(p3.get("status").asString()).isEqualTo("DISSOLVED");
        assertThat(p3.get("planFulfilment").isNull()).isTrue();
        // Ids and counts only: no member of a pair is named or identified.
        for (UUID person : List.of(s.m1, s.m2, s.e1, s.e2, s.e3, s.e5)) {
            assertThat(response.body()).doesNotContain(person.toString());
        }

        assertThat(TestHttp.send(base(), "GET", pairs, null, s.municipalCurator()).statusCode()).isEqualTo(200);
        assertThat(TestHttp.send(base(), "GET", "/api/monitoring/organizations/" + s.organization + "/pairs?year=2024",
                null, s.schoolCurator()).body()).isEqualTo("[]");
        assertThat(code(TestHttp.send(base(), "GET", pairs, null, s.regionAdmin()), 403)).isEqualTo("FORBIDDEN");
        assertThat(code(TestHttp.send(base(), "GET", pairs, null, s.mentor()), 403)).isEqualTo("FORBIDDEN");
        assertThat(TestHttp.send(base(), "GET", pairs, null, null).statusCode()).isEqualTo(401);
        HttpResponse<String> badYear = TestHttp.send(base(), "GET",
                "/api/monitoring/organizations/" + s.organization + "/pairs?year=20x5", null, s.schoolCurator());
        assertThat(code(badYear, 400)).isEqualTo("VALIDATION_FAILED");
        assertThat(json.readTree(badYear.body()).get("errors").findValuesAsString("field")).containsExactly("year");
        assertThat(code(TestHttp.send(base(), "GET", "/api/monitoring/organizations/" + UUID.randomUUID() + "/pairs",
                null, s.schoolCurator()), 404)).isEqualTo("ORGANIZATION_NOT_KNOWN");
    }

    /** indicator → {numerator, denominator} of the organization's event-fed facts in the academic year. */
    static Map<String, List<Long>> facts(JdbcClient jdbc, UUID organization, int year) {
        Map<String, List<Long>> facts = new HashMap<>();
        jdbc.sql("""
                SELECT indicator, numerator, denominator FROM indicator_fact
                WHERE organization_id = ? AND academic_year = ?
                  AND indicator NOT IN ('ROADMAP_ON_TIME', 'DIAGNOSTICS_COVERAGE')
                """).params(organization, year)
                .query((rs, n) -> facts.put(rs.getString(1), List.of(rs.getLong(2), rs.getLong(3)))).list();
        return facts;
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private String code(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return json.readTree(response.body()).get("code").asString();
    }

    private static List<String> fields(JsonNode node) {
        return node.propertyNames().stream().toList();
    }
}
