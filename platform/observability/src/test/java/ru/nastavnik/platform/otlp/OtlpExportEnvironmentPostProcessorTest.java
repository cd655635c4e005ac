package ru.nastavnik.platform.otlp;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

class OtlpExportEnvironmentPostProcessorTest {

    private final OtlpExportEnvironmentPostProcessor postProcessor = new OtlpExportEnvironmentPostProcessor();

    @Test
    void withoutCollectorNothingIsExported() {
        StandardEnvironment environment = environment(Map.of());

        this.postProcessor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("management.opentelemetry.tracing.export.otlp.endpoint")).isNull();
        assertThat(environment.getProperty("management.otlp.metrics.export.enabled")).isEqualTo("false");
    }

    @Test
    void standardVariableSwitchesOnTracesAndMetrics() {
        StandardEnvironment environment = environment(Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4318/"));

        this.postProcessor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("management.opentelemetry.tracing.export.otlp.endpoint"))
                .isEqualTo("http://collector:4318/v1/traces");
        assertThat(environment.getProperty("management.otlp.metrics.export.url"))
                .isEqualTo("http://collector:4318/v1/metrics");
        assertThat(environment.getProperty("management.otlp.metrics.export.enabled")).isEqualTo("true");
    }

    @Test
    void explicitSettingsStillWin() {
        StandardEnvironment environment = environment(Map.of(
                "OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4318",
                "MANAGEMENT_OTLP_METRICS_EXPORT_ENABLED", "false",
                "MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT", "http://tempo:4318/v1/traces"));

        this.postProcessor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("management.opentelemetry.tracing.export.otlp.endpoint"))
                .isEqualTo("http://tempo:4318/v1/traces");
        assertThat(environment.getProperty("management.otlp.metrics.export.enabled")).isEqualTo("false");
    }

    @Test
    void grpcProtocolUsesTheCollectorAddressAsIs() {
        StandardEnvironment environment = environment(Map.of(
                "OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4317",
                "OTEL_EXPORTER_OTLP_PROTOCOL", "grpc"));

        this.postProcessor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("management.opentelemetry.tracing.export.otlp.endpoint"))
                .isEqualTo("http://collector:4317");
        assertThat(environment.getProperty("management.opentelemetry.tracing.export.otlp.transport")).isEqualTo("grpc");
        assertThat(environment.getProperty("management.otlp.metrics.export.enabled")).isEqualTo("false");
    }

    /** Environment variables as given, and application.yml's default for OTLP metrics below them. */
    private static StandardEnvironment environment(Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        new HashMap<>(variables)));
        environment.getPropertySources().addLast(new MapPropertySource("applicationYml",
                Map.of("management.otlp.metrics.export.enabled", "false")));
        return environment;
    }
}
