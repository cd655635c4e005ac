package ru.nastavnik.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static ru.nastavnik.platform.testkit.TestHttp.code;
import static ru.nastavnik.platform.testkit.TestHttp.read;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import ru.nastavnik.events.participant.ConsentScope;
import ru.nastavnik.events.participant.ConsentWithdrawn;
import ru.nastavnik.platform.testkit.RealInfrastructure;
import ru.nastavnik.platform.testkit.TestEvents;
import tools.jackson.databind.JsonNode;

/**
 * Withdrawing consent to processing drops the person id from their diagnostics: their answers stay only as
 * anonymous figures in the organization's averages, nothing more is due from them, and the coverage no longer
 * counts them. Withdrawing only the consent to name publication changes nothing here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class DiagnosticConsentWithdrawalTest {

    private static final String YEAR = "2025/2026";

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    JdbcClient jdbc;

    @Test
    void withdrawnPersonBecomesAnonymousFigures() throws Exception {
        DiagnosticFixture f = new DiagnosticFixture(port, bootstrapServers, jdbc, 3, 0);
        UUID answered = f.mentors.get(0);
        UUID pending = f.mentors.get(1);
        UUID other = f.mentors.get(2);
        String curator = f.curator();
        String rounds = "/api/monitoring/diagnostics/organizations/" + f.school + "/rounds";
        JsonNode round = read(f.call(curator, "POST", rounds, """
                {"academicYear":"2025/2026","quarter":1,"formKind":"MENTOR_COMPETENCIES"}"""), 201);
        for (JsonNode a : round.get("assignments")) {
            if (a.get("personId").asString().equals(answered.toString())) {
                read(f.call(f.person(answered, "MENTOR"), "PUT", "/api/monitoring/diagnostics/assignments/"
                        + a.get("id").asString() + "/answers", DiagnosticFixture.scores(DiagnosticFixture.mentorScores(4))), 200);
            }
        }
        String coverage = "/api/monitoring/diagnostics/organizations/" + f.school + "/coverage?academicYear=" + YEAR;
        assertThat(read(f.call(curator, "GET", coverage, null), 200).get("due").asLong()).isEqualTo(3);

        TestEvents.publish(bootstrapServers, new ConsentWithdrawn(other, f.school, ConsentScope.NAME_PUBLICATION,
                LocalDate.of(2025, 11, 20)));
        TestEvents.publish(bootstrapServers, new ConsentWithdrawn(answered, f.school, ConsentScope.PERSONAL_DATA_PROCESSING,
                LocalDate.of(2025, 11, 20)));
        TestEvents.publish(bootstrapServers, new ConsentWithdrawn(pending, f.school, ConsentScope.PERSONAL_DATA_PROCESSING,
                LocalDate.of(2025, 11, 20)));
        await().atMost(Duration.ofSeconds(60)).until(() -> read(f.call(curator, "GET", coverage, null), 200)
                .get("due").asLong() == 1);

        JsonNode after = read(f.call(curator, "GET", coverage, null), 200);
        assertThat(after.get("covered").asLong()).isZero();
        assertThat(after.get("rounds").get(0).get("outstandingPersonIds").get(0).asString()).isEqualTo(other.toString());
        assertThat(jdbc.sql("""
                SELECT numerator || '/' || denominator FROM indicator_fact
                WHERE organization_id = ? AND academic_year = 2025 AND indicator = 'DIAGNOSTICS_COVERAGE'
                """).param(f.school).query(String.class).single()).isEqualTo("0/1");

        // No trace of the withdrawn people's ids, yet the organization's average keeps the anonymous answers.
        String roundBody = f.call(curator, "GET", "/api/monitoring/diagnostics/rounds/" + round.get("id").asString(), null).body();
        assertThat(roundBody).doesNotContain(answered.toString(), pending.toString()).contains(other.toString());
        assertThat(jdbc.sql("SELECT count(*) FROM diagnostic_assignment WHERE person_id IN (?, ?)").params(answered, pending)
                .query(Long.class).single()).isZero();
        assertThat(code(f.call(curator, "GET", "/api/monitoring/diagnostics/people/" + answered + "/comparison?academicYear="
                + YEAR, null), 404)).isEqualTo("NO_DIAGNOSTICS");
        JsonNode organization = read(f.call(curator, "GET", "/api/monitoring/diagnostics/organizations/" + f.school
                + "/comparison?academicYear=" + YEAR, null), 200);
        assertThat(organization.get("tables").get(0).get("roundAverages").get(0).asDouble()).isEqualTo(4.0);

        // They no longer owe diagnostics: the next round addresses only the remaining mentor.
        JsonNode next = read(f.call(curator, "POST", rounds, """
                {"academicYear":"2025/2026","quarter":2,"formKind":"MENTOR_COMPETENCIES"}"""), 201);
        assertThat(next.get("assignments").findValuesAsString("personId")).containsExactly(other.toString());
    }
}
