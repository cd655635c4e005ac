package ru.nastavnik.gateway;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

class RetryTest extends GatewayHttpTest {

    @Test
    void getIsRetriedWhenTheServiceAnswers503() {
        String path = "/api/participants/" + UUID.randomUUID() + "/unavailable";

        this.client.get().uri(path).exchange().expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);

        assertThat(SERVICE.receivedAt(path)).hasSize(3); // the call and two retries
    }

    @Test
    void postIsNeverRetried() {
        String path = "/api/participants/" + UUID.randomUUID() + "/unavailable";

        this.client.post().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue("{\"a\":1}").exchange()
                .expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);

        assertThat(SERVICE.receivedAt(path)).hasSize(1);
    }

    @Test
    void putPatchAndDeleteAreNeverRetried() {
        String path = "/api/participants/" + UUID.randomUUID() + "/unavailable";

        this.client.put().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        this.client.patch().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        this.client.delete().uri(path).exchange().expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);

        assertThat(SERVICE.receivedAt(path)).extracting(FakeService.Received::method)
                .containsExactly("PUT", "PATCH", "DELETE");
    }

    @Test
    void getIsNotRetriedOnAnInternalServerError() {
        String path = "/api/participants/" + UUID.randomUUID() + "/broken";

        this.client.get().uri(path).exchange().expectStatus().isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);

        assertThat(SERVICE.receivedAt(path)).hasSize(1);
    }
}
