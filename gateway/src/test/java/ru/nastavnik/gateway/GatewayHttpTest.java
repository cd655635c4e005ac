package ru.nastavnik.gateway;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Base of the tests that talk to a running gateway over real HTTP. All of them share one application
 * context (same configuration) and one {@link FakeService}, which stands in for participant-, monitoring-
 * and publication-service; pairing-service points at a closed port, i.e. it is down.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(FailingEndpoint.class)
@ExtendWith(DumpThreadsOnClientTimeout.class)
abstract class GatewayHttpTest {

    static final FakeService SERVICE = FakeService.start();

    static final String DOWN_SERVICE_URI = FakeService.closedPortUri();

    @DynamicPropertySource
    static void routesToFakes(DynamicPropertyRegistry registry) {
        registry.add("nastavnik.services.participant-service.uri", SERVICE::uri);
        registry.add("nastavnik.services.monitoring-service.uri", SERVICE::uri);
        registry.add("nastavnik.services.publication-service.uri", SERVICE::uri);
        registry.add("nastavnik.services.pairing-service.uri", () -> DOWN_SERVICE_URI);
        // Shorter than in production so that the slow-service test takes one second, not ten.
        registry.add("spring.cloud.gateway.server.webflux.httpclient.response-timeout", () -> "1s");
        registry.add("nastavnik.gateway.max-request-size", () -> "64KB");
    }

    @LocalServerPort
    int port;

    WebTestClient client;

    @BeforeEach
    void connect() {
        this.client = WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + this.port)
                .responseTimeout(Duration.ofSeconds(15))
                .build();
    }
}
