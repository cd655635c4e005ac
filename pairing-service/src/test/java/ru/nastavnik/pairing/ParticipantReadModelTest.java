package ru.nastavnik.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import ru.nastavnik.events.EventCatalog;
import ru.nastavnik.events.EventCodec;
import ru.nastavnik.events.GoldenSamples;
import ru.nastavnik.events.participant.ParticipantRegistered;
import ru.nastavnik.platform.testkit.RealInfrastructure;
import ru.nastavnik.platform.testkit.TestEvents;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The consumer side of the participant events contract: the golden sample, as bytes, builds the read model. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class ParticipantReadModelTest {

    private static final String TYPE = EventCatalog.typeOf(ParticipantRegistered.class);

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void goldenParticipantRegisteredAppearsInTheReadModel() throws Exception {
        byte[] golden = GoldenSamples.of(TYPE);
        ParticipantRegistered sample = (ParticipantRegistered) EventCodec.standard().decode(TYPE, golden);
        String eventId = UUID.randomUUID().toString();

        TestEvents.sendRaw(bootstrapServers, sample.aggregateId(), golden, eventId, TYPE);
        TestEvents.sendRaw(bootstrapServers, sample.aggregateId(), golden, eventId, TYPE);

        await().atMost(Duration.ofSeconds(60)).until(() -> participants(sample.organizationId()).size() == 1);
        JsonNode participant = participants(sample.organizationId()).get(0);
        assertThat(participant.get("personId").asString()).isEqualTo(sample.personId().toString());
        assertThat(participant.get("fullName").asString()).isEqualTo(sample.fullName());
        assertThat(participant.get("programmeRole").asString()).isEqualTo(sample.programmeRole().name());
        assertThat(participant.get("yearsOfExperience").asInt()).isEqualTo(sample.yearsOfExperience());
    }

    private JsonNode participants(UUID organizationId) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/pairing/participants?organizationId=" + organizationId)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readTree(response.body());
    }
}
