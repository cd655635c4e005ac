package ru.nastavnik.gateway;

import java.time.Duration;
import java.util.Map;

import io.github.resilience4j.circuitbreaker.CircuitBreaker.State;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class FallbackTest extends GatewayHttpTest {

    @Autowired
    CircuitBreakerRegistry circuitBreakers;

    private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT = new ParameterizedTypeReference<>() {
    };

    @ParameterizedTest
    @ValueSource(strings = { "GET", "POST", "PUT", "PATCH", "DELETE" })
    void serviceThatIsDownAnswersWithServiceUnavailableProblem(String method, CapturedOutput output) {
        EntityExchangeResult<Map<String, Object>> result = send(HttpMethod.valueOf(method), "/api/pairing/pairs/7");

        assertThat(result.getStatus()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(result.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        Map<String, Object> problem = result.getResponseBody();
        String traceId = result.getResponseHeaders().getFirst("X-Trace-Id");
        assertThat(traceId).matches("[0-9a-f]{32}");
        assertThat(problem)
                .containsEntry("type", "urn:nastavnik:problem:service-unavailable")
                .containsEntry("title", "Сервис временно недоступен")
                .containsEntry("status", 503)
                .containsEntry("instance", "/api/pairing/pairs/7")
                .containsEntry("code", "SERVICE_UNAVAILABLE")
                .containsEntry("service", "pairing-service")
                .containsEntry("traceId", traceId);
        assertThat((String) problem.get("detail")).contains("Сервис наставнических пар", "pairing-service");
        // The gateway's log line for the fallback is correlated with the same trace.
        assertThat(output.getAll()).contains("traceId=" + traceId);
    }

    @Test
    void slowServiceEndsAsTimeoutOfTheHttpClientAndIsNotRetried() {
        long started = System.nanoTime();

        Map<String, Object> problem = this.client.get().uri("/api/participants/reports/slow").exchange()
                .expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                .expectBody(JSON_OBJECT).returnResult().getResponseBody();

        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(problem).containsEntry("code", "SERVICE_UNAVAILABLE").containsEntry("service", "participant-service");
        assertThat((String) problem.get("detail")).contains("не ответил вовремя");
        // Test response timeout is 1 s; the time limiter (12 s) must not be what ended the call.
        assertThat(took).isLessThan(Duration.ofSeconds(3));
        assertThat(SERVICE.receivedAt("/api/participants/reports/slow")).hasSize(1);
    }

    @Test
    void circuitOpensOnlyForTheFailingService() {
        for (int i = 0; i < 12; i++) {
            this.client.post().uri("/api/pairing/pairs").contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                    .exchange().expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        }

        assertThat(this.circuitBreakers.circuitBreaker("pairing-service").getState()).isEqualTo(State.OPEN);
        this.client.get().uri("/api/pairing/pairs").exchange()
                .expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                .expectBody().jsonPath("$.detail").value(String.class,
                        detail -> assertThat(detail).contains("приостановил обращения"));
        assertThat(this.circuitBreakers.circuitBreaker("participant-service").getState()).isEqualTo(State.CLOSED);
        this.client.get().uri("/api/participants/still-served").exchange().expectStatus().isOk();
    }

    @Test
    void fallbackIsNotAnEndpointOfItsOwn() {
        this.client.get().uri("/fallback/participant-service").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("NOT_FOUND");
    }

    private EntityExchangeResult<Map<String, Object>> send(HttpMethod method, String path) {
        var spec = this.client.method(method).uri(path);
        var response = (method == HttpMethod.GET || method == HttpMethod.DELETE) ? spec.exchange()
                : spec.contentType(MediaType.APPLICATION_JSON).bodyValue("{\"mentorId\":1}").exchange();
        return response.expectBody(JSON_OBJECT).returnResult();
    }
}
