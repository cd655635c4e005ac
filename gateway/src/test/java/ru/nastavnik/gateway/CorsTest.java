package ru.nastavnik.gateway;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

class CorsTest extends GatewayHttpTest {

    @Test
    void anySiteMayReadThePublicFeed() {
        this.client.options().uri("/public/feeds/organizations/6f1c2a4e-0d8b-4b59-9a47-1a2b3c4d5e6f.json")
                .header(HttpHeaders.ORIGIN, "https://school-17.example.org")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, methods -> assertThat(methods).contains("GET"));

        this.client.get().uri("/public/feeds/organizations/6f1c2a4e-0d8b-4b59-9a47-1a2b3c4d5e6f.json")
                .header(HttpHeaders.ORIGIN, "https://another-region.example.com")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, h -> assertThat(h).contains("X-Trace-Id"));
    }

    @Test
    void publicFeedIsReadOnlyForOtherSites() {
        this.client.options().uri("/public/feeds/organizations/6f1c2a4e-0d8b-4b59-9a47-1a2b3c4d5e6f.json")
                .header(HttpHeaders.ORIGIN, "https://school-17.example.org")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.FORBIDDEN)
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
    }

    @Test
    void apiIsNotOpenToOtherSites() {
        this.client.method(HttpMethod.OPTIONS).uri("/api/participants/persons")
                .header(HttpHeaders.ORIGIN, "https://school-17.example.org")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
                .exchange()
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);

        this.client.get().uri("/api/participants/persons")
                .header(HttpHeaders.ORIGIN, "https://school-17.example.org")
                .exchange()
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
    }
}
