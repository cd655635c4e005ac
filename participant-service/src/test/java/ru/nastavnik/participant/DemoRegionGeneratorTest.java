package ru.nastavnik.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import ru.nastavnik.demo.DemoRegion;
import ru.nastavnik.events.CloudEventHeaders;
import ru.nastavnik.events.EventCatalog;
import ru.nastavnik.events.Topics;
import ru.nastavnik.events.participant.ConsentGranted;
import ru.nastavnik.events.participant.OrganizationRegistered;
import ru.nastavnik.events.participant.ParticipantRegistered;
import ru.nastavnik.events.participant.ProfessionalTopicsChanged;
import ru.nastavnik.participant.application.DemoRegionGenerator;
import ru.nastavnik.participant.application.PersonInput;
import ru.nastavnik.participant.application.PersonInputValidator;
import ru.nastavnik.events.AcademicYear;
import ru.nastavnik.platform.testkit.RealInfrastructure;
import ru.nastavnik.platform.testkit.TestEvents;
import ru.nastavnik.platform.testkit.TestHttp;
import ru.nastavnik.platform.testkit.TestTokens;
import tools.jackson.databind.JsonNode;

/**
 * The generated demo region: generated at start-up next to the fixed one, realistic in its counts and proportions,
 * well-formed names, announced to the platform by events, and generated only once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "nastavnik.demo.seed=true", "nastavnik.demo.generate=true" })
@RealInfrastructure
class DemoRegionGeneratorTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoRegionGenerator generator;

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;


    @Test
    void theRegionHasSeveralMunicipalitiesDozensOfOrganizationsAndThousandsOfPeople() throws Exception {
        JsonNode municipalities = read(call("GET", "/api/participants/regions/" + DemoRegion.REGION.id() + "/municipalities",
                TestTokens.get().forUser("region.admin")));
        assertThat(municipalities.findValuesAsString("name")).hasSizeGreaterThanOrEqualTo(6)
                .contains(DemoRegion.LENINGRADSKY.name(), DemoRegion.KUSHCHEVSKY.name(), "Тихорецкий район", "Ейский район");
        long organizations = count("SELECT count(*) FROM organization");
        assertThat(organizations).isBetween(40L, 120L);
        assertThat(count("SELECT count(DISTINCT type) FROM organization")).isEqualTo(4);
        assertThat(count("SELECT count(*) FROM person")).isBetween(2_000L, 5_000L);
        // The fixed demo people are still there, unchanged, and their organizations got colleagues.
        assertThat(jdbc.sql("SELECT full_name FROM person WHERE id = ?").param(DemoRegion.MENTOR_SCHOOL_1.id())
                .query(String.class).single()).isEqualTo(DemoRegion.MENTOR_SCHOOL_1.fullName());
        for (DemoRegion.Organization o : DemoRegion.ORGANIZATIONS) {
            assertThat(count("SELECT count(*) FROM person WHERE organization_id = ?", o.id())).as(o.name()).isGreaterThan(10);
        }

        // The municipal curator's bank of a generated district answers with the people and the total.
        JsonNode bank = read(call("GET", "/api/participants/organizations/" + DemoRegion.SCHOOL_1.id()
                + "/bank?role=MENTOR_CANDIDATE&size=5", TestTokens.get().forUser("school1.curator")));
        assertThat(bank.get("total").asLong()).isGreaterThan(2);
        assertThat(bank.get("items")).hasSize(5);
    }

    @Test
    void namesAreThreeCyrillicWordsThatAgreeInGenderAndPassTheApisCheck() {
        List<String> names = jdbc.sql("SELECT full_name FROM person").query(String.class).list();
        Set<String> distinct = new HashSet<>(names);
        assertThat(distinct.size()).as("names repeat rarely").isGreaterThan(names.size() * 9 / 10);
        for (String name : names) {
            assertThat(name).matches("[А-ЯЁ][а-яё]+(-[А-ЯЁ][а-яё]+)? [А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+");
            PersonInputValidator.Result checked = PersonInputValidator.validate(new PersonInput(name, null, null, null, "5",
                    null, null, "MENTEE_CANDIDATE"));
            assertThat(checked.errors()).as(name).isEmpty();
            String[] words = name.split(" ");
            boolean female = words[2].endsWith("вна") || words[2].endsWith("чна") || words[2].endsWith("ична");
            boolean male = words[2].endsWith("ич");
            assertThat(female ^ male).as("patronymic of %s", name).isTrue();
            if (female) {
                assertThat(words[1]).as(name).matches(".*[ая]");
                assertThat(words[0]).as(name).doesNotMatch(".*(ов|ёв|ев|ин|ский|цкий)");
            } else {
                assertThat(words[1]).as(name).doesNotMatch(".*[ая]");
                assertThat(words[0]).as(name).doesNotMatch(".*(ова|ёва|ева|ина|ская|цкая)");
            }
        }
        assertThat(names).contains(DemoRegion.MENTEE_SCHOOL_7.fullName());
        assertThat(names.stream().filter(n -> n.endsWith("вна") || n.endsWith("ична")).count())
                .as("most teachers are women").isGreaterThan(names.size() / 2);
    }

    @Test
    void proportionsAreRealistic() {
        List<Map<String, Object>> shares = jdbc.sql("""
                SELECT o.name, count(*) AS people, count(*) FILTER (WHERE p.programme_role = 'MENTOR_CANDIDATE') AS mentors
                FROM person p JOIN organization o ON o.id = p.organization_id GROUP BY o.id, o.name""").query().listOfRows();
        assertThat(shares).hasSizeGreaterThan(40);
        for (Map<String, Object> row : shares) {
            double share = ((Number) row.get("mentors")).doubleValue() / ((Number) row.get("people")).doubleValue();
            assertThat(share).as("mentors' share in %s", row.get("name")).isBetween(0.08, 0.15);
        }
        long people = count("SELECT count(*) FROM person");
        long consented = count("SELECT count(DISTINCT person_id) FROM consent WHERE scope = 'PERSONAL_DATA_PROCESSING'"
                + " AND withdrawn_on IS NULL");
        assertThat((double) consented / people).as("written consents").isBetween(0.80, 0.90);
        LocalDate yearStart = LocalDate.of(AcademicYear.of(LocalDate.now()).startYear(), 9, 1);
        assertThat(count("SELECT count(*) FROM consent WHERE granted_on < ? OR granted_on > ?", yearStart, LocalDate.now()))
                .as("consents are of this academic year").isZero();
        assertThat(jdbc.sql("SELECT document_reference FROM consent WHERE recorded_by = 'demo-generator' LIMIT 50")
                .query(String.class).list()).allMatch(d -> d.matches("Согласие № \\d+ от \\d{2}\\.\\d{2}\\.\\d{4}"));

        assertThat(count("""
                SELECT count(*) FROM person p WHERE p.programme_role = 'MENTEE_CANDIDATE'
                AND NOT EXISTS (SELECT 1 FROM person_topic t WHERE t.person_id = p.id AND t.kind = 'REQUEST')
                AND p.id NOT IN (?, ?)""", DemoRegion.MENTEE_SCHOOL_1.id(), DemoRegion.MENTEE_SCHOOL_7.id()))
                .as("every generated mentee has a request").isZero();
        assertThat(count("""
                SELECT count(*) FROM person p WHERE p.programme_role = 'MENTOR_CANDIDATE' AND p.id NOT IN (?, ?) AND
                (SELECT count(*) FROM person_topic t WHERE t.person_id = p.id AND t.kind = 'COMPETENCY') NOT BETWEEN 2 AND 4""",
                DemoRegion.MENTOR_SCHOOL_1.id(), DemoRegion.MENTOR_SCHOOL_7.id())).as("mentors have 2–4 competencies").isZero();
        assertThat(count("SELECT count(*) FROM person WHERE programme_role = 'MENTOR_CANDIDATE' AND years_of_experience < 10"))
                .isZero();
        assertThat(count("SELECT count(*) FROM person WHERE programme_role = 'MENTEE_CANDIDATE' AND years_of_experience > 3"))
                .isZero();
        assertThat(count("SELECT count(DISTINCT qualification_category) FROM person")).isEqualTo(6);
        assertThat(count("SELECT count(*) FROM person p JOIN organization o ON o.id = p.organization_id"
                + " WHERE o.type = 'KINDERGARTEN' AND p.position LIKE 'учитель математики%'")).isZero();
        assertThat(count("SELECT count(*) FROM person WHERE position = 'воспитатель'")).isGreaterThan(50);
    }

    @Test
    void everyOtherServiceLearnsItFromEvents() throws InterruptedException {
        // The relay sends in commit order: once nothing is pending, every generated event has reached Kafka.
        long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
        while (count("SELECT count(*) FROM platform_outbox WHERE published_at IS NULL") > 0 && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        assertThat(count("SELECT count(*) FROM platform_outbox WHERE published_at IS NULL")).as("the outbox is relayed").isZero();
        UUID last = jdbc.sql("SELECT p.id FROM person p JOIN consent c ON c.person_id = p.id"
                        + " WHERE p.programme_role = 'MENTEE_CANDIDATE' ORDER BY p.registered_at DESC, p.id LIMIT 1")
                .query(UUID.class).single();
        UUID organization = jdbc.sql("SELECT organization_id FROM person WHERE id = ?").param(last).query(UUID.class).single();
        Set<String> types = new HashSet<>();
        List<ConsumerRecord<String, byte[]>> records = TestEvents.read(bootstrapServers, Topics.PARTICIPANT,
                r -> r.key().equals(last.toString()) && types.add(TestEvents.header(r, CloudEventHeaders.TYPE)),
                3, Duration.ofSeconds(60));
        assertThat(records.stream().map(r -> TestEvents.header(r, CloudEventHeaders.TYPE))).containsExactlyInAnyOrder(
                EventCatalog.typeOf(ParticipantRegistered.class), EventCatalog.typeOf(ConsentGranted.class),
                EventCatalog.typeOf(ProfessionalTopicsChanged.class));
        assertThat(TestEvents.read(bootstrapServers, EventCatalog.topicOf(OrganizationRegistered.class),
                r -> r.key().equals(organization.toString()), 1, Duration.ofSeconds(60))).hasSize(1);
    }

    @Test
    void aSecondRunAddsNothing() {
        long people = count("SELECT count(*) FROM person");
        long organizations = count("SELECT count(*) FROM organization");
        long events = count("SELECT count(*) FROM platform_outbox");
        assertThat(generator.generate()).isZero();
        assertThat(count("SELECT count(*) FROM person")).isEqualTo(people);
        assertThat(count("SELECT count(*) FROM organization")).isEqualTo(organizations);
        assertThat(count("SELECT count(*) FROM platform_outbox")).isEqualTo(events);
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private HttpResponse<String> call(String method, String path, String token) throws Exception {
        return TestHttp.send("http://localhost:" + port, method, path, null, token);
    }

    private static JsonNode read(HttpResponse<String> response) {
        return TestHttp.read(response, 200);
    }
}
