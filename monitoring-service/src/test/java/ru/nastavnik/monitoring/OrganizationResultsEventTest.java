package ru.nastavnik.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import ru.nastavnik.events.AcademicYear;
import ru.nastavnik.events.CloudEventHeaders;
import ru.nastavnik.events.EventCatalog;
import ru.nastavnik.events.EventCodec;
import ru.nastavnik.events.Topics;
import ru.nastavnik.events.monitoring.OrganizationResultsRecorded;
import ru.nastavnik.events.monitoring.OrganizationResultsRecorded.IndicatorResult;
import ru.nastavnik.events.monitoring.OrganizationResultsRecorded.Status;
import ru.nastavnik.monitoring.domain.indicator.Indicator;
import ru.nastavnik.monitoring.domain.indicator.IndicatorFacts;
import ru.nastavnik.platform.security.Place;
import ru.nastavnik.platform.testkit.RealInfrastructure;
import ru.nastavnik.platform.testkit.TestEvents;

/**
 * OrganizationResultsRecorded: an organization's results for a year, published through the outbox when its facts
 * changed — once per transaction however many facts changed, not at all when a recomputation changed nothing, and with
 * the figures of the organization's dashboard (value, target, status) for every indicator.
 */
@SpringBootTest
@RealInfrastructure
class OrganizationResultsEventTest {

    private static final String TYPE = EventCatalog.typeOf(OrganizationResultsRecorded.class);

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IndicatorFacts facts;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void processedEventsYieldTheOrganizationsResultsOnTheTopic() {
        IndicatorScenario s = new IndicatorScenario();
        s.publish(bootstrapServers);
        await().atMost(Duration.ofSeconds(90))
                .until(() -> IndicatorProjectionTest.facts(jdbc, s.organization, 2025).equals(IndicatorScenario.EXPECTED_2025));
        long version = version(s.organization, 2025);

        // Every version raised was published exactly once; the last carries the final figures.
        List<OrganizationResultsRecorded> events = results(s.organization, "2025/2026", (int) version);
        assertThat(events).extracting(OrganizationResultsRecorded::version)
                .containsExactlyInAnyOrderElementsOf(java.util.stream.LongStream.rangeClosed(1, version).boxed().toList());
        OrganizationResultsRecorded last = events.stream()
                .filter(e -> e.version() == version).findFirst().orElseThrow();
        assertThat(last.municipalityId()).isEqualTo(s.municipality);
        assertThat(last.regionId()).isEqualTo(s.region);
        Map<String, IndicatorResult> byCode = byCode(last);
        assertThat(byCode.keySet()).containsExactlyInAnyOrder(
                java.util.Arrays.stream(Indicator.values()).map(Enum::name).toArray(String[]::new));

        IndicatorResult inPairs = byCode.get("PARTICIPANTS_IN_PAIRS");
        assertThat(inPairs.title()).isEqualTo("Участники программы в парах и группах");
        assertThat(inPairs.kind()).isEqualTo("SHARE");
        assertThat(inPairs.numerator()).isEqualTo(4);
        assertThat(inPairs.denominator()).isEqualTo(5);
        assertThat(inPairs.value()).isEqualByComparingTo("80.0");
        assertThat(inPairs.target()).isEqualByComparingTo("100");
        assertThat(inPairs.status()).isEqualTo(Status.BELOW);

        IndicatorResult mentors = byCode.get("MENTORS_SHARE_OF_TEACHING_STAFF");
        assertThat(mentors.value()).isEqualByComparingTo("5.0");
        assertThat(mentors.status()).isEqualTo(Status.MET);
        assertThat(byCode.get("PLAN_FULFILMENT").value()).isEqualByComparingTo("54.5");
        assertThat(byCode.get("PRACTICES_PUBLISHED").value()).isEqualByComparingTo("1");
        assertThat(byCode.get("PRACTICES_PUBLISHED").status()).isEqualTo(Status.BELOW);
        assertThat(byCode.get("ROADMAP_ON_TIME").status()).isEqualTo(Status.NO_DATA);
        assertThat(byCode.get("ROADMAP_ON_TIME").value()).isNull();
    }

    @Test
    void oneEventPerOrganizationAndYearPerTransactionAndNoneWithoutAChange() {
        UUID organization = UUID.randomUUID();
        Place place = new Place(UUID.randomUUID(), UUID.randomUUID(), organization);
        AcademicYear year = new AcademicYear(2025);

        // Three facts in one transaction: one event.
        transactions.executeWithoutResult(tx -> {
            facts.set(place, year, Indicator.PLAN_FULFILMENT, 9, 10);
            facts.set(place, year, Indicator.PARTICIPANTS_IN_PAIRS, 3, 4);
            facts.set(place, year, Indicator.PRACTICES_PUBLISHED, 2, 0);
        });
        // The same figures again (a redelivered batch): nothing changed, nothing published.
        transactions.executeWithoutResult(tx -> {
            facts.set(place, year, Indicator.PLAN_FULFILMENT, 9, 10);
            facts.set(place, year, Indicator.PARTICIPANTS_IN_PAIRS, 3, 4);
        });
        assertThat(version(organization, 2025)).isEqualTo(1);
        // A change rolled back publishes nothing either.
        try {
            transactions.executeWithoutResult(tx -> {
                facts.set(place, year, Indicator.PLAN_FULFILMENT, 1, 10);
                throw new IllegalStateException("rolled back");
            });
        } catch (IllegalStateException expected) {
            // The fact and its event went together.
        }
        assertThat(version(organization, 2025)).isEqualTo(1);
        // Two changes in one transaction: one more event, with both.
        transactions.executeWithoutResult(tx -> {
            facts.set(place, year, Indicator.PARTICIPANTS_IN_PAIRS, 4, 4);
            facts.set(place, year, Indicator.FEEDBACK_AFTER_MEETINGS, 1, 2);
        });
        assertThat(version(organization, 2025)).isEqualTo(2);

        List<OrganizationResultsRecorded> events = results(organization, "2025/2026", 2);
        assertThat(events).extracting(OrganizationResultsRecorded::version).containsExactlyInAnyOrder(1L, 2L);
        Map<String, IndicatorResult> first = byCode(events.stream().filter(e -> e.version() == 1).findFirst().orElseThrow());
        assertThat(first.get("PLAN_FULFILMENT").value()).isEqualByComparingTo("90.0");
        assertThat(first.get("PLAN_FULFILMENT").status()).isEqualTo(Status.MET);
        assertThat(first.get("PARTICIPANTS_IN_PAIRS").value()).isEqualByComparingTo("75.0");
        assertThat(first.get("PRACTICES_PUBLISHED").status()).isEqualTo(Status.MET);
        assertThat(first.get("FEEDBACK_AFTER_MEETINGS").status()).isEqualTo(Status.NO_DATA);
        Map<String, IndicatorResult> second = byCode(events.stream().filter(e -> e.version() == 2).findFirst().orElseThrow());
        assertThat(second.get("PLAN_FULFILMENT").value()).isEqualByComparingTo("90.0");
        assertThat(second.get("PARTICIPANTS_IN_PAIRS").status()).isEqualTo(Status.MET);
        assertThat(second.get("FEEDBACK_AFTER_MEETINGS").value()).isEqualByComparingTo("50.0");
        assertThat(second.get("FEEDBACK_AFTER_MEETINGS").status()).isEqualTo(Status.BELOW);
    }

    private long version(UUID organization, int year) {
        return jdbc.sql("SELECT version FROM organization_results_version WHERE organization_id = ? AND academic_year = ?")
                .params(organization, year).query(Long.class).optional().orElse(0L);
    }

    private List<OrganizationResultsRecorded> results(UUID organization, String year, int wanted) {
        List<ConsumerRecord<String, byte[]>> records = TestEvents.read(bootstrapServers, Topics.MONITORING,
                r -> organization.toString().equals(r.key()) && TYPE.equals(TestEvents.header(r, CloudEventHeaders.TYPE))
                        && decode(r).academicYear().equals(year),
                wanted, Duration.ofSeconds(60));
        return records.stream().map(OrganizationResultsEventTest::decode).toList();
    }

    private static OrganizationResultsRecorded decode(ConsumerRecord<String, byte[]> record) {
        return (OrganizationResultsRecorded) EventCodec.standard().decode(TYPE, record.value());
    }

    private static Map<String, IndicatorResult> byCode(OrganizationResultsRecorded event) {
        return event.indicators().stream().collect(Collectors.toMap(IndicatorResult::code, Function.identity()));
    }
}
