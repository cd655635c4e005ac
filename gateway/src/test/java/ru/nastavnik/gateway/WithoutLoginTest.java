package ru.nastavnik.gateway;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/** No OAuth2 client registration (the gateway's own tests, the gateway run alone): routing without login. */
class WithoutLoginTest extends GatewayHttpTest {

    @Test
    void portalSessionSaysThatNobodyIsLoggedIn() {
        this.client.get().uri("/portal/session").exchange()
                .expectStatus().isEqualTo(HttpStatus.UNAUTHORIZED)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("UNAUTHENTICATED")
                .jsonPath("$.title").isEqualTo("Требуется вход")
                .jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains("не настроен"))
                .jsonPath("$.traceId").isNotEmpty();
    }

    @Test
    void callsAreRoutedWithoutSessionOrCsrfCookieAndWithTheCallersOwnToken() {
        String path = "/api/participants/" + UUID.randomUUID();

        this.client.post().uri(path).header("Authorization", "Bearer token-of-the-caller")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().doesNotExist("Set-Cookie");

        // The services validate tokens themselves; a caller that brings one (curl, a test) is served by them.
        assertThat(SERVICE.receivedAt(path).getFirst().header("Authorization")).isEqualTo("Bearer token-of-the-caller");
    }

    @Test
    void thereIsNoLoginToStart() {
        this.client.get().uri("/oauth2/authorization/nastavnik").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }
}
