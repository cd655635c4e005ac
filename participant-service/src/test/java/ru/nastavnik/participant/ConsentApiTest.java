package ru.nastavnik.participant;

import static ru.nastavnik.platform.testkit.TestHttp.read;
import static ru.nastavnik.platform.testkit.TestHttp.fields;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import ru.nastavnik.events.EventCodec;
import ru.nastavnik.events.Topics;
import ru.nastavnik.events.participant.ConsentGranted;
import ru.nastavnik.events.participant.ConsentScope;
import ru.nastavnik.events.participant.ConsentWithdrawn;
import ru.nastavnik.platform.testkit.RealInfrastructure;
import ru.nastavnik.platform.testkit.TestEvents;
import ru.nastavnik.platform.testkit.TestHttp;
import ru.nastavnik.platform.testkit.TestNames;
import ru.nastavnik.platform.testkit.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Consents under 152-ФЗ: recording, rejecting bad input, withdrawal and the erasure it triggers. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "nastavnik.demo.seed=true")
@RealInfrastructure
class ConsentApiTest {

    private static final String CURATOR = TestTokens.get().forUser("leningradsky.curator");

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();
    private final EventCodec codec = EventCodec.standard();

    @Test
    void badInputIsRejectedInRussianAndChangesNothing() throws Exception {
        UUID person = register(organization(), "Тестова Анна Сергеевна", "MENTEE_CANDIDATE");
        String consents = consents(person);
        String past = LocalDate.now().minusDays(3).toString();

        JsonNode unknown = read(call("POST", consents, grant("SOMETHING", past, "Согласие № 1"), CURATOR), 400);
        assertThat(unknown.get("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(fields(unknown)).containsExactly("scope");
        assertThat(unknown.get("errors").get(0).get("message").asString()).startsWith("неизвестный вид согласия");

        JsonNode future = read(call("POST", consents,
                grant("PERSONAL_DATA_PROCESSING", LocalDate.now().plusDays(2).toString(), "Согласие № 1"), CURATOR), 400);
        assertThat(fields(future)).containsExactly("grantedOn");
        assertThat(future.get("errors").get(0).get("message").asString()).isEqualTo("не может быть в будущем");

        JsonNode ancient = read(call("POST", consents, grant("PERSONAL_DATA_PROCESSING", "1999-12-31", "Согласие № 1"), CURATOR), 400);
        assertThat(fields(ancient)).containsExactly("grantedOn");
        assertThat(ancient.get("errors").get(0).get("message").asString()).isEqualTo("не раньше 01.01.2000");

        JsonNode noDocument = read(call("POST", consents, "{\"scope\":\"PERSONAL_DATA_PROCESSING\",\"grantedOn\":\"" + past
                + "\",\"documentReference\":\"  \"}", CURATOR), 400);
        assertThat(fields(noDocument)).containsExactly("documentReference");
        assertThat(read(call("GET", consents, null, CURATOR), 200)).isEmpty();

        JsonNode notActive = read(call("POST", consents + "/NAME_PUBLICATION/withdrawal", withdrawal(past), CURATOR), 409);
        assertThat(notActive.get("code").asString()).isEqualTo("CONSENT_NOT_ACTIVE");
        assertThat(notActive.get("detail").asString()).contains("нет действующего согласия");

        JsonNode granted = read(call("POST", consents, grant("NAME_PUBLICATION", past, "Согласие № 15 от 01.09.2026"), CURATOR), 201);
        assertThat(granted.get("recordedBy").asString()).isEqualTo("leningradsky.curator");
        JsonNode duplicate = read(call("POST", consents, grant("NAME_PUBLICATION", past, "Согласие № 16"), CURATOR), 409);
        assertThat(duplicate.get("code").asString()).isEqualTo("CONSENT_ALREADY_ACTIVE");
        assertThat(read(call("POST", consents + "/NOPE/withdrawal", withdrawal(past), CURATOR), 400).get("code").asString())
                .isEqualTo("VALIDATION_FAILED");
        assertThat(fields(read(call("POST", consents + "/NAME_PUBLICATION/withdrawal",
                withdrawal(LocalDate.now().plusDays(2).toString()), CURATOR), 400))).containsExactly("withdrawnOn");

        JsonNode list = read(call("GET", consents, null, CURATOR), 200);
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("documentReference").asString()).isEqualTo("Согласие № 15 от 01.09.2026");
        assertThat(list.get(0).get("withdrawnOn").isNull()).isTrue();

        // Withdrawing name publication keeps the personal data; the consent can be given again afterwards.
        read(call("POST", consents + "/NAME_PUBLICATION/withdrawal", withdrawal(LocalDate.now().toString()), CURATOR), 200);
        assertThat(read(call("GET", "/api/participants/people/" + person, null, CURATOR), 200).get("fullName").asString())
                .isEqualTo("Тестова Анна Сергеевна");
        read(call("POST", consents, grant("NAME_PUBLICATION", LocalDate.now().toString(), "Согласие № 17"), CURATOR), 201);
        assertThat(read(call("GET", consents, null, CURATOR), 200)).hasSize(2);

        List<ConsumerRecord<String, byte[]>> records = TestEvents.read(bootstrapServers, Topics.PARTICIPANT,
                r -> r.key().equals(person.toString())
                        && EventCatalog.typeOf(ConsentGranted.class).equals(TestEvents.header(r, CloudEventHeaders.TYPE)),
                2, Duration.ofSeconds(60));
        assertThat(records).hasSize(2);
    }

    @Test
    void withdrawingConsentToProcessingErasesThePersonsDataButKeepsTheCounts() throws Exception {
        UUID organization = organization();
        register(organization, "Сидоров Пётр Ильич", "MENTOR_CANDIDATE");
        String name = TestNames.unique("Эразмова Агриппина");
        UUID person = register(organization, name, "MENTEE_CANDIDATE");
        read(call("PUT", "/api/participants/people/" + person + "/requests",
                "[{\"topicCode\":\"DISCIPLINE\",\"level\":1,\"comment\":\"" + name + " просит помощи с 7 «Б»\"}]", CURATOR), 200);
        String consents = consents(person);
        read(call("POST", consents, grant("PERSONAL_DATA_PROCESSING", LocalDate.now().minusDays(30).toString(),
                "Согласие № 15 от 01.09.2026, " + name), CURATOR), 201);
        read(call("POST", consents, grant("NAME_PUBLICATION", LocalDate.now().minusDays(30).toString(), "Согласие № 16"), CURATOR), 201);
        String figures = "/api/participants/organizations/" + organization + "/figures";
        JsonNode before = read(call("GET", figures, null, CURATOR), 200);
        int peopleBefore = read(call("GET", "/api/participants/organizations/" + organization + "/people", null, CURATOR), 200).size();
        awaitRelayed(person);
        assertThat(occurrences(name)).as("kept here; never in an event payload bound for Kafka")
                .containsExactlyInAnyOrder("person.full_name", "person_topic.comment", "consent.document_reference");
        assertThat(occurrences(name.toLowerCase())).contains("person.normalized_name");

        JsonNode withdrawn = read(call("POST", consents + "/PERSONAL_DATA_PROCESSING/withdrawal",
                withdrawal(LocalDate.now().toString()), CURATOR), 200);
        assertThat(withdrawn.get("withdrawnOn").asString()).isEqualTo(LocalDate.now().toString());
        assertThat(withdrawn.get("withdrawalRecordedBy").asString()).isEqualTo("leningradsky.curator");

        assertThat(occurrences(name)).isEmpty();
        assertThat(occurrences(name.toLowerCase())).isEmpty();
        JsonNode anonymized = read(call("GET", "/api/participants/people/" + person, null, CURATOR), 200);
        assertThat(anonymized.get("fullName").asString()).isEqualTo("Удалённый участник");
        assertThat(anonymized.get("position").isNull()).isTrue();
        assertThat(anonymized.get("subjects")).isEmpty();
        JsonNode requests = read(call("GET", "/api/participants/people/" + person + "/requests", null, CURATOR), 200);
        assertThat(requests).hasSize(1);
        assertThat(requests.get(0).get("comment").isNull()).isTrue();
        JsonNode left = read(call("GET", consents, null, CURATOR), 200);
        assertThat(left).hasSize(2);
        for (JsonNode consent : left) {
            assertThat(consent.get("documentReference").isNull()).isTrue();
            assertThat(consent.get("grantedOn").asString()).isEqualTo(LocalDate.now().minusDays(30).toString());
        }
        assertThat(read(call("GET", figures, null, CURATOR), 200)).isEqualTo(before);
        assertThat(read(call("GET", "/api/participants/organizations/" + organization + "/people", null, CURATOR), 200))
                .hasSize(peopleBefore);

        // Withdrawing it again is a conflict and changes nothing.
        assertThat(read(call("POST", consents + "/PERSONAL_DATA_PROCESSING/withdrawal",
                withdrawal(LocalDate.now().toString()), CURATOR), 409).get("code").asString()).isEqualTo("CONSENT_NOT_ACTIVE");

        String type = EventCatalog.typeOf(ConsentWithdrawn.class);
        List<ConsumerRecord<String, byte[]>> records = TestEvents.read(bootstrapServers, Topics.PARTICIPANT,
                r -> r.key().equals(person.toString()) && type.equals(TestEvents.header(r, CloudEventHeaders.TYPE)),
                1, Duration.ofSeconds(60));
        assertThat(records).hasSize(1);
        ConsentWithdrawn event = (ConsentWithdrawn) codec.decode(type, records.get(0).value());
        assertThat(event.personId()).isEqualTo(person);
        assertThat(event.organizationId()).isEqualTo(organization);
        assertThat(event.scope()).isEqualTo(ConsentScope.PERSONAL_DATA_PROCESSING);
        assertThat(event.withdrawnOn()).isEqualTo(LocalDate.now());
    }

    /** Every text column of every table of this service's database that contains the text. */
    private List<String> occurrences(String text) {
        List<String[]> columns = jdbc.sql("""
                SELECT table_schema, table_name, column_name FROM information_schema.columns
                WHERE table_schema NOT IN ('pg_catalog', 'information_schema')
                  AND data_type IN ('text', 'character varying', 'character')
                """).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).list();
        assertThat(columns).extracting(c -> c[1]).contains("person", "person_topic", "consent");
        List<String> found = new ArrayList<>();
        for (String[] c : columns) {
            long count = jdbc.sql("SELECT count(*) FROM \"" + c[0] + "\".\"" + c[1] + "\" WHERE \"" + c[2] + "\" LIKE ?")
                    .param("%" + text + "%").query(Long.class).single();
            if (count > 0) {
                found.add(c[1] + "." + c[2]);
            }
        }
        // Binary columns too (the outbox keeps relayed events, whose payloads carry names, for a while).
        List<String[]> binary = jdbc.sql("""
                SELECT table_schema, table_name, column_name FROM information_schema.columns
                WHERE table_schema NOT IN ('pg_catalog', 'information_schema') AND data_type = 'bytea'
                """).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).list();
        for (String[] c : binary) {
            long count = jdbc.sql("SELECT count(*) FROM \"" + c[0] + "\".\"" + c[1] + "\" WHERE position(convert_to(?, 'UTF8') in \""
                    + c[2] + "\") > 0").param(text).query(Long.class).single();
            if (count > 0) {
                found.add(c[1] + "." + c[2]);
            }
        }
        return found;
    }

    /** Waits until the events about the person so far have been relayed to Kafka. */
    private void awaitRelayed(UUID person) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            if (jdbc.sql("SELECT count(*) FROM platform_outbox WHERE event_key = ? AND published_at IS NULL")
                    .param(person.toString()).query(Long.class).single() == 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("events about " + person + " were not relayed in 60 s");
    }

    private UUID organization() throws Exception {
        return id(read(call("POST", "/api/participants/municipalities/" + DemoRegion.LENINGRADSKY.id() + "/organizations",
                "{\"name\":\"МБОУ СОШ № 40 " + UUID.randomUUID() + "\",\"type\":\"SCHOOL\"}", CURATOR), 201));
    }

    private UUID register(UUID organization, String name, String role) throws Exception {
        return id(read(call("POST", "/api/participants/organizations/" + organization + "/people",
                "{\"fullName\":\"" + name + "\",\"position\":\"учитель истории\",\"subjects\":[\"история\"],"
                        + "\"yearsOfExperience\":5,\"programmeRole\":\"" + role + "\"}", CURATOR), 201));
    }

    private static String consents(UUID person) {
        return "/api/participants/people/" + person + "/consents";
    }

    private static String grant(String scope, String grantedOn, String document) {
        return "{\"scope\":\"" + scope + "\",\"grantedOn\":\"" + grantedOn + "\",\"documentReference\":\"" + document + "\"}";
    }

    private static String withdrawal(String withdrawnOn) {
        return "{\"withdrawnOn\":\"" + withdrawnOn + "\"}";
    }

    private static UUID id(JsonNode body) {
        return UUID.fromString(body.get("id").asString());
    }

    private HttpResponse<String> call(String method, String path, String body, String token) throws Exception {
        return TestHttp.send("http://localhost:" + port, method, path, body, token);
    }
}
