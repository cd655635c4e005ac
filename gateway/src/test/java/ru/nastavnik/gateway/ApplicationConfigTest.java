package ru.nastavnik.gateway;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.cloud.gateway.config.GatewayProperties;
import org.springframework.cloud.gateway.filter.FilterDefinition;
import org.springframework.cloud.gateway.route.RouteDefinition;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks application.yml itself - the production values, which the HTTP tests partly override - for the
 * rules the gateway's resilience depends on.
 */
class ApplicationConfigTest {

    private static List<PropertySource<?>> applicationYml;

    @BeforeAll
    static void load() throws IOException {
        applicationYml = new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"));
    }

    @Test
    void timeLimiterOutlastsTheHttpClientResponseTimeout() {
        Binder binder = binder(Map.of());
        Duration responseTimeout = binder
                .bind("spring.cloud.gateway.server.webflux.httpclient.response-timeout", Duration.class).get();
        Duration timeLimiter = binder
                .bind("resilience4j.timelimiter.configs.default.timeout-duration", Duration.class).get();
        int connectTimeoutMillis = binder
                .bind("spring.cloud.gateway.server.webflux.httpclient.connect-timeout", Integer.class).get();

        assertThat(timeLimiter).isGreaterThan(responseTimeout);
        assertThat(connectTimeoutMillis).isLessThanOrEqualTo(2000);
    }

    @Test
    void everyRouteHasItsOwnCircuitBreakerWithFallbackAndRetriesOnlyGet() {
        List<RouteDefinition> routes = routes(binder(Map.of()));

        assertThat(routes).extracting(RouteDefinition::getId)
                .containsExactlyInAnyOrder("participant-service", "pairing-service", "monitoring-service",
                        "publication-service");
        for (RouteDefinition route : routes) {
            List<String> filterNames = route.getFilters().stream().map(FilterDefinition::getName).toList();
            // The circuit breaker must wrap the retries, not the other way round.
            assertThat(filterNames).as(route.getId()).containsSubsequence("CircuitBreaker", "Retry");
            FilterDefinition circuitBreaker = filter(route, "CircuitBreaker");
            assertThat(circuitBreaker.getArgs()).as(route.getId())
                    .containsEntry("name", route.getId())
                    .containsEntry("fallbackUri", "forward:/fallback/" + route.getId());
            assertThat(filter(route, "Retry").getArgs()).as(route.getId()).containsEntry("methods", "GET");
        }
    }

    @Test
    void serviceUrisCanBeSetByEnvironmentVariables() {
        Map<String, Object> variables = Map.of(
                "NASTAVNIK_SERVICES_PARTICIPANTSERVICE_URI", "http://participant-service:8080",
                "NASTAVNIK_SERVICES_PAIRINGSERVICE_URI", "http://pairing-service:8080",
                "NASTAVNIK_SERVICES_MONITORINGSERVICE_URI", "http://monitoring-service:8080",
                "NASTAVNIK_SERVICES_PUBLICATIONSERVICE_URI", "http://publication-service:8080");

        assertThat(routeUris(variables))
                .containsEntry("participant-service", "http://participant-service:8080")
                .containsEntry("pairing-service", "http://pairing-service:8080")
                .containsEntry("monitoring-service", "http://monitoring-service:8080")
                .containsEntry("publication-service", "http://publication-service:8080");
    }

    @Test
    void serviceUriVariableMayAlsoSpellTheDashAsUnderscore() {
        Map<String, String> uris = routeUris(
                Map.of("NASTAVNIK_SERVICES_PAIRING_SERVICE_URI", "http://pairing-service:8080"));

        assertThat(uris)
                .containsEntry("pairing-service", "http://pairing-service:8080")
                .containsEntry("participant-service", "http://localhost:8081");
    }

    private static Map<String, String> routeUris(Map<String, Object> environmentVariables) {
        return routes(binder(environmentVariables)).stream()
                .collect(Collectors.toMap(RouteDefinition::getId, route -> route.getUri().toString()));
    }

    /** A binder over application.yml with the given variables as the process environment, as Boot sets it up. */
    private static Binder binder(Map<String, Object> environmentVariables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        environmentVariables));
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        applicationYml.forEach(environment.getPropertySources()::addLast);
        ConfigurationPropertySources.attach(environment);
        return Binder.get(environment);
    }

    private static List<RouteDefinition> routes(Binder binder) {
        return binder.bind("spring.cloud.gateway.server.webflux", GatewayProperties.class).get().getRoutes();
    }

    private static FilterDefinition filter(RouteDefinition route, String name) {
        return route.getFilters().stream().filter(f -> f.getName().equals(name)).findFirst().orElseThrow();
    }
}
