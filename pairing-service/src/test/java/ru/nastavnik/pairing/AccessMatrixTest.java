package ru.nastavnik.pairing;

import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import ru.nastavnik.demo.DemoRegion;
import ru.nastavnik.platform.testkit.AccessMatrix;
import ru.nastavnik.platform.testkit.DemoRegionEvents;
import ru.nastavnik.platform.testkit.RealInfrastructure;
import ru.nastavnik.platform.testkit.TestTokens;

/**
 * Pairing-service's endpoints (participants, and candidates: those with consent to processing) × every demo role and a caller of another region: people (personal data): the organization's curator and its municipal curator only.
 * The demo region arrives as events, exactly as participant-service would announce it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class AccessMatrixTest {

    private static final Set<String> ALLOWED = Set.of("leningradsky.curator", "school1.curator");

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @BeforeEach
    void demoRegionIsKnown() {
        DemoRegionEvents.publish(bootstrapServers);
        String curator = TestTokens.get().forUser("school1.curator");
        await().atMost(Duration.ofSeconds(60)).until(() -> call(curator).statusCode() == 200);
    }

    @TestFactory
    Stream<DynamicNode> everyCaller() {
        return Stream.of("participants", "candidates").map(list -> DynamicContainer.dynamicContainer("GET /api/pairing/" + list,
                AccessMatrix.of(token -> call(list, token).statusCode(), 200, ALLOWED)));
    }

    private HttpResponse<String> call(String token) throws Exception {
        return call("participants", token);
    }

    private HttpResponse<String> call(String list, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/pairing/" + list + "?organizationId=" + DemoRegion.SCHOOL_1.id()));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
