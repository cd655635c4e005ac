package ru.nastavnik.gateway;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

class RoutingTest extends GatewayHttpTest {

    @Test
    void participantCallReachesTheServiceWithPathQueryAndBodyUnchanged() {
        String path = "/api/participants/" + UUID.randomUUID() + "/questionnaires";
        String json = "{\"фамилия\":\"Иванова\",\"role\":\"MENTOR\"}";

        String answer = this.client.post().uri(path + "?draft=true")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(json)
                .exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        List<FakeService.Received> received = SERVICE.receivedAt(path);
        assertThat(received).hasSize(1);
        assertThat(received.getFirst().method()).isEqualTo("POST");
        assertThat(received.getFirst().query()).isEqualTo("draft=true");
        assertThat(received.getFirst().bodyText()).isEqualTo(json);
        assertThat(answer).isEqualTo(json);
    }

    @Test
    void serviceOpenApiDocumentIsServedUnderTheServiceName() {
        int before = SERVICE.receivedAt("/v3/api-docs").size();

        this.client.get().uri("/v3/api-docs/participants").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.path").isEqualTo("/v3/api-docs");

        assertThat(SERVICE.receivedAt("/v3/api-docs")).hasSize(before + 1);
    }

    @Test
    void publicationRouteCoversApiAndPublicFeed() {
        this.client.get().uri("/public/feeds/regions/6f1c2a4e-0d8b-4b59-9a47-1a2b3c4d5e6f.atom").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.path").isEqualTo("/public/feeds/regions/6f1c2a4e-0d8b-4b59-9a47-1a2b3c4d5e6f.atom");
        this.client.get().uri("/api/publications/practices").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.path").isEqualTo("/api/publications/practices");
    }

    @Test
    void monitoringRouteKeepsThePath() {
        this.client.get().uri("/api/monitoring/kpi/regions/42").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.path").isEqualTo("/api/monitoring/kpi/regions/42");
    }

    @Test
    void gatewayServesItsOwnOpenApiDocumentWithoutCallingServices() {
        int before = SERVICE.receivedAt("/v3/api-docs").size();

        this.client.get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.openapi").exists();

        assertThat(SERVICE.receivedAt("/v3/api-docs")).hasSize(before);
    }
}
