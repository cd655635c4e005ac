package ru.nastavnik.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import ru.nastavnik.events.EventCatalog;
import ru.nastavnik.events.EventCodec;
import ru.nastavnik.events.GoldenSamples;
import ru.nastavnik.events.participant.ConsentGranted;
import ru.nastavnik.events.participant.ConsentScope;
import ru.nastavnik.events.participant.ConsentWithdrawn;
import ru.nastavnik.events.participant.OrganizationRegistered;
import ru.nastavnik.events.participant.ParticipantRegistered;
import ru.nastavnik.platform.testkit.RealInfrastructure;
import ru.nastavnik.platform.testkit.TestEvents;
import ru.nastavnik.platform.testkit.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 152-ФЗ on pairing's side, the consumer side of the consent events contract: consent to processing puts a person
 * among the candidates; its withdrawal erases every trace of them from pairing's database, for good.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class ConsentTest {

    private static final String REGISTERED = EventCatalog.typeOf(ParticipantRegistered.class);
    private static final String ORGANIZATION = EventCatalog.typeOf(OrganizationRegistered.class);
    private static final String GRANTED = EventCatalog.typeOf(ConsentGranted.class);
    private static final String WITHDRAWN = EventCatalog.typeOf(ConsentWithdrawn.class);

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void goldenConsentGrantedMakesTheGoldenPersonACandidate() throws Exception {
        ParticipantRegistered person = (ParticipantRegistered) EventCodec.standard().decode(REGISTERED, GoldenSamples.of(REGISTERED));
        byte[] golden = GoldenSamples.of(GRANTED);
        ConsentGranted sample = (ConsentGranted) EventCodec.standard().decode(GRANTED, golden);
        assertThat(sample.personId()).isEqualTo(person.personId());

        TestEvents.sendRaw(bootstrapServers, person.organizationId().toString(), GoldenSamples.of(ORGANIZATION),
                UUID.randomUUID().toString(), ORGANIZATION);
        TestEvents.sendRaw(bootstrapServers, person.aggregateId(), GoldenSamples.of(REGISTERED), UUID.randomUUID().toString(), REGISTERED);
        String eventId = UUID.randomUUID().toString();
        TestEvents.sendRaw(bootstrapServers, sample.aggregateId(), golden, eventId, GRANTED);
        TestEvents.sendRaw(bootstrapServers, sample.aggregateId(), golden, eventId, GRANTED);

        String token = curatorOf(person.organizationId(), person);
        await().atMost(Duration.ofSeconds(60)).until(() -> find(get("candidates", sample.organizationId(), token), person.personId()) != null);
        JsonNode candidate = find(get("candidates", sample.organizationId(), token), person.personId());
        assertThat(candidate.has("fullName")).as("pairing holds no names").isFalse();
        assertThat(candidate.get("subjects").get(0).asString()).isEqualTo(person.subjects().getFirst());
        assertThat(candidate.get("consentToProcessing").asBoolean()).isTrue();
        assertThat(find(get("participants", sample.organizationId(), token), person.personId()).get("consentToProcessing").asBoolean()).isTrue();
        assertThat(processed(eventId)).isEqualTo(1);
    }

    @Test
    void withdrawalErasesThePersonForGood() throws Exception {
        // A person of their own (and an organization of their own): the golden person stays for the other tests.
        ParticipantRegistered golden = (ParticipantRegistered) EventCodec.standard().decode(REGISTERED, GoldenSamples.of(REGISTERED));
        UUID organizationId = UUID.randomUUID();
        UUID personId = UUID.randomUUID();
        // Pairing holds no names; the position is what it holds that comes closest to identifying the person.
        String fullName = "учитель, отзывающий согласие " + UUID.randomUUID();
        TestEvents.publish(bootstrapServers, new OrganizationRegistered(organizationId, "Школа " + organizationId,
                ((OrganizationRegistered) EventCodec.standard().decode(ORGANIZATION, GoldenSamples.of(ORGANIZATION))).type(),
                golden.municipalityId(), "Муниципалитет", golden.regionId(), "Регион"));
        ParticipantRegistered registered = new ParticipantRegistered(personId, organizationId, golden.municipalityId(),
                golden.regionId(), fullName, golden.subjects(), golden.qualificationCategory(), golden.yearsOfExperience(),
                golden.programmeRole(), golden.status());
        TestEvents.publish(bootstrapServers, registered);
        TestEvents.publish(bootstrapServers, new ConsentGranted(personId, organizationId,
                ConsentScope.PERSONAL_DATA_PROCESSING, LocalDate.of(2026, 9, 1)));

        String token = curatorOf(organizationId, golden);
        await().atMost(Duration.ofSeconds(60)).until(() -> find(get("candidates", organizationId, token), personId) != null);
        assertThat(occurrencesOf(fullName)).as("the search finds the name while it is there").isNotEmpty();

        // The golden withdrawal, for this person, delivered twice.
        ConsentWithdrawn sample = (ConsentWithdrawn) EventCodec.standard().decode(WITHDRAWN, GoldenSamples.of(WITHDRAWN));
        ConsentWithdrawn withdrawn = new ConsentWithdrawn(personId, organizationId, sample.scope(), sample.withdrawnOn());
        String eventId = UUID.randomUUID().toString();
        byte[] body = EventCodec.standard().encode(withdrawn);
        TestEvents.sendRaw(bootstrapServers, withdrawn.aggregateId(), body, eventId, WITHDRAWN);
        TestEvents.sendRaw(bootstrapServers, withdrawn.aggregateId(), body, eventId, WITHDRAWN);

        await().atMost(Duration.ofSeconds(60)).until(() -> find(get("participants", organizationId, token), personId) == null);
        assertThat(find(get("candidates", organizationId, token), personId)).isNull();
        assertThat(occurrencesOf(fullName)).as("every text column of pairing's database").isEmpty();
        assertThat(processed(eventId)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM withdrawn_person WHERE person_id = ?").param(personId).query(Long.class).single())
                .isEqualTo(1L);

        // A replayed registration (and a second withdrawal of an unknown person) brings nothing back, and fails nothing.
        String replay = TestEvents.publish(bootstrapServers, registered);
        String again = TestEvents.publish(bootstrapServers, new ConsentWithdrawn(UUID.randomUUID(), organizationId,
                sample.scope(), sample.withdrawnOn()));
        await().atMost(Duration.ofSeconds(60)).until(() -> processed(replay) == 1 && processed(again) == 1);
        assertThat(find(get("participants", organizationId, token), personId)).isNull();
        assertThat(occurrencesOf(fullName)).isEmpty();
    }

    /** "schema.table.column" of every text-like column holding the value. */
    private List<String> occurrencesOf(String value) {
        List<Map<String, Object>> columns = jdbc.sql("""
                SELECT table_schema, table_name, column_name FROM information_schema.columns
                WHERE table_schema NOT IN ('pg_catalog', 'information_schema')
                  AND data_type IN ('text', 'character varying', 'character', 'json', 'jsonb')
                """).query().listOfRows();
        assertThat(columns).isNotEmpty();
        List<String> found = new ArrayList<>();
        for (Map<String, Object> column : columns) {
            String name = "\"" + column.get("table_schema") + "\".\"" + column.get("table_name") + "\"";
            String col = "\"" + column.get("column_name") + "\"";
            long count = jdbc.sql("SELECT count(*) FROM " + name + " WHERE " + col + "::text LIKE '%' || ? || '%'")
                    .param(value).query(Long.class).single();
            if (count > 0) {
                found.add(name + "." + col);
            }
        }
        return found;
    }

    private int processed(String eventId) {
        return jdbc.sql("SELECT count(*) FROM platform_processed_event WHERE event_id = ?").param(eventId)
                .query(Long.class).single().intValue();
    }

    private String curatorOf(UUID organizationId, ParticipantRegistered place) {
        return TestTokens.get().withClaims(Map.of("preferred_username", "curator", "roles", List.of("SCHOOL_CURATOR"),
                "region_id", place.regionId().toString(), "municipality_id", place.municipalityId().toString(),
                "organization_ids", List.of(organizationId.toString())));
    }

    private JsonNode get(String list, UUID organizationId, String token) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/pairing/" + list + "?organizationId=" + organizationId))
                .header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return response.statusCode() == 200 ? json.readTree(response.body()) : json.createArrayNode();
    }

    private static JsonNode find(JsonNode people, UUID personId) {
        for (JsonNode person : people) {
            if (person.get("personId").asString().equals(personId.toString())) {
                return person;
            }
        }
        return null;
    }
}
