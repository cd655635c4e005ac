package ru.nastavnik.gateway;

import java.time.Duration;

import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

class OperationsTest extends GatewayHttpTest {

    @Autowired
    ApplicationContext context;

    @Test
    void livenessAndReadinessProbesAreUp() {
        this.client.get().uri("/actuator/health/liveness").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
        this.client.get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    @Test
    void prometheusScrapeIncludesCircuitBreakers() {
        this.client.get().uri("/api/monitoring/warm-up").exchange().expectStatus().isOk();

        this.client.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class)
                .value(text -> assertThat(text).contains("resilience4j_circuitbreaker_state", "http_server_requests"));
    }

    @Test
    void infoNamesTheApplication() {
        this.client.get().uri("/actuator/info").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.app.name").isEqualTo("gateway");
    }

    @Test
    void resilience4jSettingsFromApplicationYmlAreInEffect() {
        TimeLimiterRegistry timeLimiters = this.context.getBean(TimeLimiterRegistry.class);
        BulkheadRegistry bulkheads = this.context.getBean(BulkheadRegistry.class);

        assertThat(timeLimiters.getDefaultConfig().getTimeoutDuration()).isEqualTo(Duration.ofSeconds(12));
        // Not Resilience4j's default of 25, which would turn the 26th concurrent call of a route into a 503.
        assertThat(bulkheads.getDefaultConfig().getMaxConcurrentCalls()).isGreaterThanOrEqualTo(500);
    }

    @Test
    void nothingIsExportedOverOtlpWithoutACollector() {
        assertThat(this.context.getBeansOfType(SpanExporter.class).values())
                .extracting(exporter -> exporter.getClass().getName())
                .noneMatch(type -> type.contains("Otlp"));
        assertThat(this.context.getBeansOfType(MeterRegistry.class).values())
                .extracting(registry -> registry.getClass().getName())
                .noneMatch(type -> type.contains("Otlp"))
                .anyMatch(type -> type.contains("Prometheus"));
    }
}
