package ru.nastavnik.gateway;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TracingTest extends GatewayHttpTest {

    @Test
    void serviceReceivesW3cTraceparentOfTheTraceNamedInTheResponse() {
        String path = "/api/participants/" + UUID.randomUUID();

        String traceId = this.client.get().uri(path).exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getFirst("X-Trace-Id");

        String traceparent = SERVICE.receivedAt(path).getFirst().header("traceparent");
        assertThat(traceId).matches("[0-9a-f]{32}");
        assertThat(traceparent).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
        assertThat(traceparent.split("-")[1]).isEqualTo(traceId);
    }

    @Test
    void traceStartedByTheCallerIsContinued() {
        String path = "/api/participants/" + UUID.randomUUID();
        String callerTraceId = "4bf92f3577b34da6a3ce929d0e0e4736";

        String traceId = this.client.get().uri(path)
                .header("traceparent", "00-" + callerTraceId + "-00f067aa0ba902b7-01")
                .exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getFirst("X-Trace-Id");

        assertThat(traceId).isEqualTo(callerTraceId);
        String forwarded = SERVICE.receivedAt(path).getFirst().header("traceparent");
        assertThat(forwarded).startsWith("00-" + callerTraceId + "-").doesNotContain("00f067aa0ba902b7");
    }

    @Test
    void everyRequestGetsItsOwnTrace() {
        String first = this.client.get().uri("/api/monitoring/a").exchange()
                .returnResult(String.class).getResponseHeaders().getFirst("X-Trace-Id");
        String second = this.client.get().uri("/api/monitoring/b").exchange()
                .returnResult(String.class).getResponseHeaders().getFirst("X-Trace-Id");

        assertThat(first).isNotNull().isNotEqualTo(second);
    }
}
