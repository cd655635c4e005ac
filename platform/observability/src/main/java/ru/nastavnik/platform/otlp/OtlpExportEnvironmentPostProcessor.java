package ru.nastavnik.platform.otlp;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;

/**
 * Switches OTLP export on when the standard OpenTelemetry variable {@code OTEL_EXPORTER_OTLP_ENDPOINT}
 * (or the property {@code otel.exporter.otlp.endpoint}) names a collector.
 *
 * <p>Spring Boot does not read that variable itself: traces are exported only when
 * {@code management.opentelemetry.tracing.export.otlp.endpoint} is set, and OTLP metrics are switched off
 * by default in every service and the gateway (Micrometer would otherwise push to localhost:4318 every minute). The derived values
 * rank below explicit environment variables, system properties and command-line arguments, and above
 * application.yml - so an operator can still override each of them.
 */
public class OtlpExportEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    static final String PROPERTY_SOURCE_NAME = "nastavnikOtlpExport";

    static final String BASE_ENDPOINT = "otel.exporter.otlp.endpoint";

    static final String PROTOCOL = "otel.exporter.otlp.protocol";

    static final String TRACES_ENDPOINT = "management.opentelemetry.tracing.export.otlp.endpoint";

    static final String TRACES_TRANSPORT = "management.opentelemetry.tracing.export.otlp.transport";

    static final String METRICS_URL = "management.otlp.metrics.export.url";

    static final String METRICS_ENABLED = "management.otlp.metrics.export.enabled";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String base = environment.getProperty(BASE_ENDPOINT);
        if (base == null || base.isBlank()) {
            return;
        }
        base = base.strip().replaceAll("/+$", "");
        boolean grpc = "grpc".equals(environment.getProperty(PROTOCOL, "http/protobuf").strip().toLowerCase(Locale.ROOT));
        Map<String, Object> derived = new HashMap<>();
        if (grpc) {
            // OTLP/gRPC addresses the collector itself; Micrometer's OTLP registry speaks HTTP only.
            derived.put(TRACES_ENDPOINT, base);
            derived.put(TRACES_TRANSPORT, "grpc");
        }
        else {
            // OTEL_EXPORTER_OTLP_ENDPOINT is the collector's base URL; per-signal paths are appended (OTel spec).
            derived.put(TRACES_ENDPOINT, base + "/v1/traces");
            derived.put(METRICS_URL, base + "/v1/metrics");
            derived.put(METRICS_ENABLED, "true");
        }
        MapPropertySource source = new MapPropertySource(PROPERTY_SOURCE_NAME, derived);
        MutablePropertySources sources = environment.getPropertySources();
        if (sources.contains(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME)) {
            sources.addAfter(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, source);
        }
        else {
            sources.addFirst(source);
        }
    }

    @Override
    public int getOrder() {
        // After config data has been loaded; the order among sources is set explicitly above.
        return Ordered.LOWEST_PRECEDENCE;
    }
}
