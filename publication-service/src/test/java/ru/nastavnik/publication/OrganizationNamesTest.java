package ru.nastavnik.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import ru.nastavnik.events.EventCatalog;
import ru.nastavnik.events.EventCodec;
import ru.nastavnik.events.GoldenSamples;
import ru.nastavnik.events.participant.OrganizationRegistered;
import ru.nastavnik.events.participant.ParticipantRegistered;
import ru.nastavnik.platform.testkit.RealInfrastructure;
import ru.nastavnik.platform.testkit.TestEvents;
import ru.nastavnik.platform.testkit.TestTokens;
import tools.jackson.databind.json.JsonMapper;

/** Organization names reach the publication store (MongoDB wire protocol); people's data never does. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class OrganizationNamesTest {

    private static final String ORGANIZATION = EventCatalog.typeOf(OrganizationRegistered.class);
    private static final String PARTICIPANT = EventCatalog.typeOf(ParticipantRegistered.class);

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    MongoTemplate mongo;

    private final EventCodec codec = EventCodec.standard();

    @Test
    void goldenOrganizationRegisteredIsKeptAndPeopleAreNot() throws Exception {
        OrganizationRegistered organization = (OrganizationRegistered) codec.decode(ORGANIZATION, GoldenSamples.of(ORGANIZATION));
        ParticipantRegistered person = (ParticipantRegistered) codec.decode(PARTICIPANT, GoldenSamples.of(PARTICIPANT));
        String personEvent = UUID.randomUUID().toString();

        TestEvents.sendRaw(bootstrapServers, person.aggregateId(), GoldenSamples.of(PARTICIPANT), personEvent, PARTICIPANT);
        String organizationEvent = UUID.randomUUID().toString();
        TestEvents.sendRaw(bootstrapServers, organization.aggregateId(), GoldenSamples.of(ORGANIZATION), organizationEvent, ORGANIZATION);
        TestEvents.sendRaw(bootstrapServers, organization.aggregateId(), GoldenSamples.of(ORGANIZATION), organizationEvent, ORGANIZATION);

        await().atMost(Duration.ofSeconds(60)).until(() -> get("/api/publications/organizations/" + organization.organizationId()).statusCode() == 200);
        var body = JsonMapper.builder().build().readTree(get("/api/publications/organizations/" + organization.organizationId()).body());
        assertThat(body.get("name").asString()).isEqualTo(organization.name());
        assertThat(body.get("municipalityName").asString()).isEqualTo(organization.municipalityName());
        // One document for the organization however often its event came; other tests register organizations of
        // their own (fresh regions) in the same store.
        assertThat(mongo.getCollection("organizations")
                .countDocuments(new Document("regionId", organization.regionId().toString()))).isEqualTo(1);

        // The person's event was processed (ledger) but nothing of them was stored anywhere.
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.getCollection("platform_processed_events")
                .countDocuments(new Document("_id", "publication-service.organizations/" + personEvent)) == 1);
        for (String collection : mongo.getCollectionNames()) {
            for (Document document : mongo.getCollection(collection).find()) {
                assertThat(document.toJson()).doesNotContain(person.personId().toString(), person.position());
            }
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + TestTokens.get().forUser("school1.curator")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
