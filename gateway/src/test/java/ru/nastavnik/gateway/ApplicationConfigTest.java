package ru.nastavnik.gateway;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.netty.http.server.HttpServer;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.cloud.gateway.config.GatewayProperties;
import org.springframework.cloud.gateway.filter.FilterDefinition;
import org.springframework.cloud.gateway.route.RouteDefinition;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Checks application.yml itself - the production values, which the HTTP tests partly override - for the
 * rules the gateway's resilience and login depend on.
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

    @Test
    void everyRouteRelaysTheTokenAndKeepsTheBrowsersCookiesAndCsrfTokenToItself() {
        GatewayProperties gateway = binder(Map.of()).bind("spring.cloud.gateway.server.webflux", GatewayProperties.class)
                .get();

        assertThat(gateway.getDefaultFilters()).extracting(FilterDefinition::getName)
                .contains("TokenRelay", "RemoveRequestHeader");
        assertThat(gateway.getDefaultFilters()).filteredOn(filter -> filter.getName().equals("RemoveRequestHeader"))
                .flatExtracting(filter -> filter.getArgs().values())
                .containsExactlyInAnyOrder("Cookie", "X-XSRF-TOKEN");
        // Default filters come first among filters of equal order: the token is obtained (or refreshed) outside the
        // circuit breaker and the retries, so an identity provider problem is never counted against a service.
        assertThat(gateway.getDefaultFilters().getFirst().getName()).isEqualTo("TokenRelay");
    }

    @Test
    void applicationYmlConfiguresNoLoginItself() {
        // With a registration in application.yml the gateway's tests and a gateway run alone would need a provider.
        assertThat(binder(Map.of()).bind("spring.security.oauth2.client", OAuth2ClientProperties.class)
                .map(OAuth2ClientProperties::getRegistration).orElse(Map.of())).isEmpty();
    }

    @Test
    void launcherVariablesConfigureTheNastavnikRegistration() {
        OAuth2ClientProperties login = binder(Map.of(
                "SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_NASTAVNIK_ISSUER_URI", "http://localhost:9000",
                "SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_NASTAVNIK_CLIENT_ID", "portal",
                "SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_NASTAVNIK_CLIENT_SECRET", "portal-dev-secret"))
                .bind("spring.security.oauth2.client", OAuth2ClientProperties.class).get();

        assertThat(login.getProvider().get("nastavnik").getIssuerUri()).isEqualTo("http://localhost:9000");
        assertThat(login.getRegistration().get("nastavnik").getClientId()).isEqualTo("portal");
        assertThat(login.getRegistration().get("nastavnik").getClientSecret()).isEqualTo("portal-dev-secret");
    }

    @Test
    void sessionCookieIsHttpOnlyAndLax() {
        Binder binder = binder(Map.of());

        assertThat(binder.bind("server.reactive.session.cookie.http-only", Boolean.class).get()).isTrue();
        assertThat(binder.bind("server.reactive.session.cookie.same-site", String.class).get()).isEqualToIgnoringCase("lax");
    }

    @Test
    void oneRequestPerConnectionOnlyWhileReactorNettyCanLoseAKeepAliveConnection() {
        String jar = HttpServer.class.getProtectionDomain().getCodeSource().getLocation().getPath();
        Matcher version = Pattern.compile("reactor-netty-http-(\\d+)\\.(\\d+)\\.(\\d+)").matcher(jar);
        assumeTrue(version.find(), "Reactor Netty's version is not in " + jar);
        int major = Integer.parseInt(version.group(1));
        int minor = Integer.parseInt(version.group(2));
        int patch = Integer.parseInt(version.group(3));
        boolean fixed = major > 1 || major == 1 && (minor > 3 || minor == 3 && patch >= 8); // reactor-netty#4361
        Integer maxKeepAliveRequests = binder(Map.of()).bind("server.netty.max-keep-alive-requests", Integer.class)
                .orElse(null);

        if (fixed) {
            assertThat(maxKeepAliveRequests).as("Reactor Netty %s.%s.%s no longer loses keep-alive connections: "
                    + "remove server.netty.max-keep-alive-requests from application.yml", major, minor, patch).isNull();
        }
        else {
            assertThat(maxKeepAliveRequests).isEqualTo(1);
        }
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
