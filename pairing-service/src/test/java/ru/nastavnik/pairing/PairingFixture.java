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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.jdbc.core.simple.JdbcClient;

import ru.nastavnik.events.CloudEventHeaders;
import ru.nastavnik.events.EventCatalog;
import ru.nastavnik.events.EventCodec;
import ru.nastavnik.events.IntegrationEvent;
import ru.nastavnik.events.Topics;
import ru.nastavnik.events.participant.ConsentGranted;
import ru.nastavnik.events.participant.ConsentScope;
import ru.nastavnik.events.participant.OrganizationRegistered;
import ru.nastavnik.events.participant.OrganizationType;
import ru.nastavnik.events.participant.ParticipantRegistered;
import ru.nastavnik.events.participant.ParticipantStatus;
import ru.nastavnik.events.participant.ProgrammeRole;
import ru.nastavnik.events.participant.QualificationCategory;
import ru.nastavnik.platform.testkit.TestEvents;
import ru.nastavnik.platform.testkit.TestHttp;
import ru.nastavnik.platform.testkit.TestTokens;
import tools.jackson.databind.JsonNode;

/**
 * A fresh region, municipality and schools per test, people announced as participant-service would, and calls as
 * the school's curator: what the pair lifecycle and order tests share.
 */
final class PairingFixture {

    final UUID region = UUID.randomUUID();
    final UUID municipality = UUID.randomUUID();
    final UUID school = UUID.randomUUID();
    final UUID neighbour = UUID.randomUUID();
    final UUID elsewhere = UUID.randomUUID();
    private final Map<UUID, Boolean> announced = new ConcurrentHashMap<>();
    private final String bootstrapServers;
    private final JdbcClient jdbc;
    private final int port;

    PairingFixture(String bootstrapServers, JdbcClient jdbc, int port) {
        this.bootstrapServers = bootstrapServers;
        this.jdbc = jdbc;
        this.port = port;
        for (UUID organization : List.of(school, neighbour)) {
            TestEvents.publish(bootstrapServers, new OrganizationRegistered(organization, "Школа " + organization,
                    OrganizationType.SCHOOL, municipality, "Район", region, "Край"));
        }
        TestEvents.publish(bootstrapServers, new OrganizationRegistered(elsewhere, "Школа далеко", OrganizationType.SCHOOL,
                UUID.randomUUID(), "Другой район", region, "Край"));
    }

    UUID mentor() {
        return person(school, municipality, region, ProgrammeRole.MENTOR_CANDIDATE, true);
    }

    UUID mentee() {
        return person(school, municipality, region, ProgrammeRole.MENTEE_CANDIDATE, true);
    }

    UUID person(UUID organization, UUID personMunicipality, UUID personRegion, ProgrammeRole role, boolean consent) {
        UUID id = UUID.randomUUID();
        TestEvents.publish(bootstrapServers, new ParticipantRegistered(id, organization, personMunicipality, personRegion,
                "учитель", List.of("математика"), QualificationCategory.FIRST, role == ProgrammeRole.MENTOR_CANDIDATE ? 20 : 1,
                role, ParticipantStatus.ACTIVE));
        announced.put(id, consent);
        if (consent) {
            TestEvents.publish(bootstrapServers, new ConsentGranted(id, organization, ConsentScope.PERSONAL_DATA_PROCESSING,
                    LocalDate.now().minusDays(10)));
        }
        return id;
    }

    /** Until pairing holds every person announced, each with the consent they were given. */
    void awaitKnown() {
        await().atMost(Duration.ofSeconds(60)).until(() -> announced.entrySet().stream().allMatch(e -> jdbc.sql(
                "SELECT count(*) FROM eligible_participant WHERE person_id = ? AND consent_to_processing = ?")
                .params(e.getKey(), e.getValue()).query(Long.class).single() == 1));
    }

    JsonNode form(UUID mentor, List<UUID> mentees, String roleModel, String format) throws Exception {
        return read(call("POST", "/api/pairing/organizations/" + school + "/pairs", """
                {"mentorId":"%s","menteeIds":%s,"roleModel":"%s","format":"%s",
                 "startsOn":"2026-09-15","endsOn":"2027-05-31"}""".formatted(mentor, ids(mentees), roleModel, format)), 201);
    }

    HttpResponse<String> formCall(UUID mentor, List<UUID> mentees) throws Exception {
        return call("POST", "/api/pairing/organizations/" + school + "/pairs", """
                {"mentorId":"%s","menteeIds":%s,"roleModel":"TEACHER_TEACHER","format":"TRADITIONAL",
                 "startsOn":"2026-09-15","endsOn":"2027-05-31"}""".formatted(mentor, ids(mentees)));
    }

    HttpResponse<String> consent(String pairId, UUID participant, int version) throws Exception {
        return call("POST", "/api/pairing/pairs/" + pairId + "/consents", """
                {"participantId":"%s","signedOn":"2026-09-10","documentRef":"согласие № 7","version":%d}"""
                .formatted(participant, version));
    }

    /** Records every member's written consent; returns the pair as it is afterwards. */
    JsonNode consentAll(JsonNode pair) throws Exception {
        String id = pair.get("id").asString();
        JsonNode current = pair;
        List<String> people = new java.util.ArrayList<>(List.of(pair.get("mentorId").asString()));
        pair.get("menteeIds").forEach(m -> people.add(m.asString()));
        for (String person : people) {
            current = read(consent(id, UUID.fromString(person), current.get("version").asInt()), 200);
        }
        assertThat(current.get("consentsComplete").asBoolean()).isTrue();
        return current;
    }

    JsonNode pair(String id) throws Exception {
        return read(call("GET", "/api/pairing/pairs/" + id, null), 200);
    }

    static String ids(List<UUID> ids) {
        return ids.stream().map(m -> "\"" + m + "\"").toList().toString();
    }

    String curator() {
        return TestTokens.get().withClaims(Map.of("preferred_username", "curator", "roles", List.of("SCHOOL_CURATOR"),
                "region_id", region.toString(), "municipality_id", municipality.toString(),
                "organization_ids", List.of(school.toString())));
    }

    String url() {
        return "http://localhost:" + port;
    }

    HttpResponse<String> call(String method, String path, String body) throws Exception {
        return TestHttp.send(url(), method, path, body, curator());
    }

    HttpResponse<byte[]> binary(String method, String path, String contentType, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url() + path))
                .header("Authorization", "Bearer " + curator());
        if (body != null) {
            request.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    JsonNode read(HttpResponse<String> response, int status) {
        return TestHttp.read(response, status);
    }

    String code(HttpResponse<String> response, int status) {
        return TestHttp.code(response, status);
    }

    static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    /** The event of the type about the pair, read from Kafka as any consumer would. */
    @SuppressWarnings("unchecked")
    <E extends IntegrationEvent> E event(Class<E> type, String pairId) {
        String name = EventCatalog.typeOf(type);
        List<ConsumerRecord<String, byte[]>> records = TestEvents.read(bootstrapServers, Topics.PAIRING,
                r -> r.key().equals(pairId) && name.equals(TestEvents.header(r, CloudEventHeaders.TYPE)), 1,
                Duration.ofSeconds(60));
        return (E) EventCodec.standard().decode(name, records.getFirst().value());
    }
}
