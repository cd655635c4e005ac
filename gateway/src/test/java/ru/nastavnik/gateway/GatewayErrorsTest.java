package ru.nastavnik.gateway;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import static org.assertj.core.api.Assertions.assertThat;

class GatewayErrorsTest extends GatewayHttpTest {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT = new ParameterizedTypeReference<>() {
    };

    @Test
    void unknownPathIsNotFoundProblem() {
        EntityExchangeResult<Map<String, Object>> result = this.client.get().uri("/api/unknown-context/1").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(JSON_OBJECT).returnResult();

        assertThat(result.getResponseBody())
                .containsEntry("status", 404)
                .containsEntry("code", "NOT_FOUND")
                .containsEntry("title", "Ресурс не найден")
                .containsEntry("instance", "/api/unknown-context/1")
                .containsEntry("traceId", result.getResponseHeaders().getFirst("X-Trace-Id"));
    }

    @Test
    void wrongMethodIsMethodNotAllowedProblemNamingAllowedMethods() {
        this.client.delete().uri("/v3/api-docs").exchange()
                .expectStatus().isEqualTo(HttpStatus.METHOD_NOT_ALLOWED)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals("Allow", "GET")
                .expectBody()
                .jsonPath("$.code").isEqualTo("METHOD_NOT_ALLOWED")
                .jsonPath("$.traceId").isNotEmpty();
    }

    @Test
    void bodyOverTheLimitIsRejectedBeforeReachingTheService() {
        String path = "/api/participants/" + UUID.randomUUID() + "/materials";
        byte[] tooLarge = new byte[65 * 1024]; // the test limit is 64KB

        this.client.post().uri(path).contentType(MediaType.APPLICATION_OCTET_STREAM).bodyValue(tooLarge).exchange()
                .expectStatus().isEqualTo(HttpStatus.valueOf(413))
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("PAYLOAD_TOO_LARGE")
                .jsonPath("$.detail").isEqualTo("Размер тела запроса превышает допустимые 64 КБ.")
                .jsonPath("$.traceId").isNotEmpty();

        assertThat(SERVICE.receivedAt(path)).isEmpty();
    }

    @Test
    void bodyWithinTheLimitPasses() {
        String path = "/api/participants/" + UUID.randomUUID() + "/materials";

        this.client.post().uri(path).contentType(MediaType.APPLICATION_OCTET_STREAM).bodyValue(new byte[60 * 1024])
                .exchange()
                .expectStatus().isOk();

        assertThat(SERVICE.receivedAt(path).getFirst().body()).hasSize(60 * 1024);
    }

    @Test
    void unexpectedFailureIsInternalErrorProblemWithoutInternals() {
        String body = this.client.get().uri("/test-only/failure").exchange()
                .expectStatus().isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(body).contains("\"code\":\"INTERNAL_ERROR\"", "\"traceId\":\"")
                .doesNotContain("secret", "IllegalStateException", "at ru.nastavnik", "trace\":[");
    }
}
