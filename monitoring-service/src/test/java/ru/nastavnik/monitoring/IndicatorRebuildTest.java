package ru.nastavnik.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

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
 * Rebuilding from the topics: the projections are emptied, the consumer groups rewound, every event replayed, and the
 * same facts come back — the duplicated feedback form still counted once, facts fed otherwise (roadmaps) untouched.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class IndicatorRebuildTest {

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void rebuildingFromTheTopicsGivesTheSameFacts() throws Exception {
        IndicatorScenario s = new IndicatorScenario();
        s.publish(bootstrapServers);
        await().atMost(Duration.ofSeconds(90))
                .until(() -> IndicatorProjectionTest.facts(jdbc, s.organization, 2025).equals(IndicatorScenario.EXPECTED_2025));
        Map<String, List<Long>> before2024 = IndicatorProjectionTest.facts(jdbc, s.organization, 2024);
        String participationBefore = participation(s);
        // A roadmap fact is not event-fed here: the rebuild keeps it.
        jdbc.sql("""
                INSERT INTO indicator_fact (organization_id, municipality_id, region_id, academic_year, indicator, numerator,
                    denominator) VALUES (?, ?, ?, 2025, 'ROADMAP_ON_TIME', 7, 9)
                """).params(s.organization, s.municipality, s.region).update();

        String rebuild = "/api/monitoring/projections/rebuild";
        assertThat(TestHttp.send(base(), "POST", rebuild, null, s.schoolCurator()).statusCode()).isEqualTo(403);
        HttpResponse<String> started = TestHttp.send(base(), "POST", rebuild, null, s.regionAdmin());
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        assertThat(json.readTree(started.body()).get("consumers").valueStream().map(JsonNode::asString))
                .contains("monitoring-service.indicators.pairing", "monitoring-service.indicators.participant",
                        "monitoring-service.indicators.publication", "monitoring-service.participation");

        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .until(() -> status(s).path("phase").asString("").equals("DONE"));
        JsonNode done = status(s);
        assertThat(done.get("remaining").asLong()).isZero();
        assertThat(done.get("finishedAt").isNull()).isFalse();

        await().atMost(Duration.ofSeconds(60))
                .until(() -> IndicatorProjectionTest.facts(jdbc, s.organization, 2025).equals(IndicatorScenario.EXPECTED_2025));
        Thread.sleep(1500);
        assertThat(IndicatorProjectionTest.facts(jdbc, s.organization, 2025)).isEqualTo(IndicatorScenario.EXPECTED_2025);
        assertThat(IndicatorProjectionTest.facts(jdbc, s.organization, 2024)).isEqualTo(before2024);
        assertThat(participation(s)).isEqualTo(participationBefore);
        assertThat(jdbc.sql("""
                SELECT numerator FROM indicator_fact WHERE organization_id = ? AND academic_year = 2025
                  AND indicator = 'ROADMAP_ON_TIME'""").param(s.organization).query(Long.class).single()).isEqualTo(7L);
        // The replay went through the ledger again: every consumer has its processed events back.
        assertThat(jdbc.sql("SELECT count(DISTINCT consumer) FROM platform_processed_event WHERE consumer LIKE 'monitoring-service.%'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(3L);
    }

    private JsonNode status(IndicatorScenario s) throws Exception {
        return TestHttp.read(TestHttp.send(base(), "GET", "/api/monitoring/projections/rebuild", null, s.regionAdmin()), 200);
    }

    private String participation(IndicatorScenario s) throws Exception {
        HttpResponse<String> response = TestHttp.send(base(), "GET",
                "/api/monitoring/organizations/" + s.organization + "/participation", null, s.schoolCurator());
        return response.statusCode() + " " + response.body();
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
