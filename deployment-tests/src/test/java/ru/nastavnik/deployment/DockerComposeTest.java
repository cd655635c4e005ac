package ru.nastavnik.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.nastavnik.deployment.Yamls.list;
import static ru.nastavnik.deployment.Yamls.map;
import static ru.nastavnik.deployment.Yamls.maps;
import static ru.nastavnik.deployment.Yamls.string;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml as `docker-compose config` resolves it (interpolation, anchors, merge keys, validation by
 * Compose's own schema), then assertions on the result. No Docker engine is needed for `config`.
 */
class DockerComposeTest {

    static final Set<String> INFRASTRUCTURE =
            Set.of("kafka", "postgres", "mongodb", "keycloak", "otel-collector", "jaeger", "prometheus");
    /** Service name -> host ports it may publish. Everything else stays on the compose network. */
    static final Map<String, Set<Integer>> PUBLISHED = Map.of(
            "gateway", Set.of(8080), "keycloak", Set.of(8180), "jaeger", Set.of(16686), "prometheus", Set.of(9090));

    static Map<String, Object> services;

    @BeforeAll
    static void resolveComposeFile() {
        services = map(Yamls.document(Tool.run(composeCommand("-f", "docker-compose.yml", "config"))), "services");
    }

    /** Debian's docker-compose (what .ci/run installs); the Compose v2 plugin would do too if it is there. */
    static String[] composeCommand(String... arguments) {
        List<String> command = new ArrayList<>();
        if (Tool.find("docker-compose").isPresent()) {
            command.add("docker-compose");
        } else {
            Tool.require("docker-compose", "Install it with `apt-get install docker-compose` (.ci/run does), or the "
                    + "Docker Compose v2 plugin's standalone binary as docker-compose.");
        }
        command.addAll(List.of(arguments));
        return command.toArray(String[]::new);
    }

    @Test
    void theInfrastructureAndEveryDeployableAreThere() {
        Set<String> expected = new TreeSet<>(INFRASTRUCTURE);
        Deployable.platform().forEach(d -> expected.add(d.module));
        assertThat(services.keySet()).containsAll(expected);
        assertThat(services).as("Keycloak replaces the development identity-provider in compose")
                .doesNotContainKey(Deployable.IDENTITY_PROVIDER.module);
    }

    @Test
    void everyDeployableIsBuiltFromItsDockerfileWithTheRepositoryRootAsContext() throws Exception {
        for (Deployable d : Deployable.platform()) {
            Map<String, Object> build = map(services.get(d.module), "build");
            assertThat(build).as("%s is built, not pulled", d).isNotEmpty();
            assertThat(Path.of(string(build, "context")).toRealPath()).as("%s build context", d)
                    .isEqualTo(Repository.root().toRealPath());
            assertThat(string(build, "dockerfile")).as("%s Dockerfile", d).isEqualTo(d.dockerfile());
            assertThat(String.valueOf(Yamls.at(build, "args", "MODULE"))).as("%s MODULE build argument", d).isEqualTo(d.module);
            assertThat(String.valueOf(Yamls.at(build, "args", "PORT"))).as("%s PORT build argument", d)
                    .isEqualTo(String.valueOf(d.port));
            assertThat(Files.isRegularFile(Repository.path(d.dockerfile()))).as("%s exists", d.dockerfile()).isTrue();
        }
    }

    @Test
    void everyDeployableHasAReadinessHealthcheckOnItsOwnPort() {
        for (Deployable d : Deployable.platform()) {
            Map<String, Object> service = map(services, d.module);
            String test = String.join(" ", list(service, "healthcheck", "test").stream().map(String::valueOf).toList());
            assertThat(test).as("%s healthcheck", d).contains("/actuator/health/readiness").contains(":" + d.port + "/");
            assertThat(Yamls.at(service, "healthcheck", "disable")).as("%s healthcheck disabled", d).isNotEqualTo(true);
            assertThat(String.valueOf(Yamls.at(service, "environment", "SERVER_PORT"))).as("%s SERVER_PORT", d)
                    .isEqualTo(String.valueOf(d.port));
        }
    }

    @Test
    void onlyTheGatewayKeycloakJaegerAndPrometheusPublishPorts() {
        Map<String, Set<Integer>> published = new TreeMap<>();
        services.forEach((name, service) -> {
            Set<Integer> ports = new TreeSet<>();
            for (Object port : list(service, "ports")) {
                ports.add(publishedPort(port));
            }
            if (!ports.isEmpty()) {
                published.put(name, ports);
            }
        });
        assertThat(published).isEqualTo(new TreeMap<>(PUBLISHED));
        assertThat(services.values()).as("nothing uses host networking, which would publish every port")
                .noneSatisfy(service -> assertThat(string(service, "network_mode")).isEqualTo("host"));
    }

    @Test
    void deployablesWaitForHealthyDependencies() {
        for (Deployable d : Deployable.services()) {
            Map<String, Object> dependsOn = map(services, d.module, "depends_on");
            assertThat(string(dependsOn, "kafka", "condition")).as("%s waits for Kafka", d).isEqualTo("service_healthy");
            String store = d == Deployable.PUBLICATION_SERVICE ? "mongodb" : "postgres";
            assertThat(string(dependsOn, store, "condition")).as("%s waits for %s", d, store).isEqualTo("service_healthy");
        }
        Map<String, Object> gatewayDependsOn = map(services, "gateway", "depends_on");
        for (Deployable d : Deployable.services()) {
            assertThat(string(gatewayDependsOn, d.module, "condition")).as("gateway waits for %s", d)
                    .isEqualTo("service_healthy");
        }
        // A condition on a service without a healthcheck would never be met.
        services.forEach((name, service) -> map(service, "depends_on").forEach((dependency, how) -> {
            if ("service_healthy".equals(string(how, "condition"))) {
                assertThat(map(services, dependency, "healthcheck")).as("%s waits for %s to be healthy", name, dependency)
                        .containsKey("test");
            }
        }));
    }

    @Test
    void servicesGetInfrastructureAddressesOnTheComposeNetwork() {
        for (Deployable d : Deployable.services()) {
            Map<String, Object> env = map(services, d.module, "environment");
            assertThat(string(env, "SPRING_KAFKA_BOOTSTRAP_SERVERS")).as("%s Kafka", d).isEqualTo("kafka:9092");
            assertThat(string(env, "OTEL_EXPORTER_OTLP_ENDPOINT")).as("%s OTLP", d).isEqualTo("http://otel-collector:4318");
            String issuer = string(env, "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI");
            assertThat(issuer).as("%s issuer: the URL the browser sees", d).isEqualTo("http://localhost:8180/realms/nastavnik");
            // "localhost" inside a container is the container: the keys must come over the compose network.
            assertThat(URI.create(string(env, "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI")).getHost())
                    .as("%s JWK set host", d).isEqualTo("keycloak");
            if (d == Deployable.PUBLICATION_SERVICE) {
                assertThat(string(env, "SPRING_MONGODB_URI")).startsWith("mongodb://mongodb:27017/publication");
            } else {
                assertThat(string(env, "SPRING_DATASOURCE_URL")).as("%s JDBC URL", d)
                        .startsWith("jdbc:postgresql://postgres:5432/");
            }
        }
        Map<String, Object> gateway = map(services, "gateway", "environment");
        for (Deployable d : Deployable.services()) {
            String variable = "NASTAVNIK_SERVICES_" + d.module.replace("-", "").toUpperCase() + "_URI";
            assertThat(string(gateway, variable)).as(variable).isEqualTo("http://" + d.module + ":" + d.port);
        }
        assertThat(string(gateway, "SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_NASTAVNIK_CLIENT_ID")).isEqualTo("portal");
        assertThat(URI.create(string(gateway, "SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_NASTAVNIK_AUTHORIZATION_URI")).getHost())
                .as("the browser follows the authorization endpoint").isEqualTo("localhost");
        assertThat(URI.create(string(gateway, "SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_NASTAVNIK_TOKEN_URI")).getHost())
                .as("the gateway calls the token endpoint").isEqualTo("keycloak");
    }

    @Test
    void keycloakImportsTheRealmFileAndIssuesTokensForThePublicAddress() {
        Map<String, Object> keycloak = map(services, "keycloak");
        assertThat(list(keycloak, "command")).contains("--import-realm");
        assertThat(list(keycloak, "volumes").stream().map(String::valueOf))
                .anySatisfy(volume -> assertThat(volume)
                        .startsWith(Repository.path("deploy/keycloak/nastavnik-realm.json") + ":/opt/keycloak/data/import/"));
        assertThat(string(keycloak, "environment", "KC_HOSTNAME")).isEqualTo("http://localhost:8180");
    }

    @Test
    void passwordsAndSecretsAreOverridableDefaultsNotLiterals() {
        // The raw file, before interpolation: every credential must be ${VARIABLE:-development default}.
        Map<String, Object> raw = map(Yamls.document(Repository.read("docker-compose.yml")), "services");
        raw.forEach((name, service) -> map(service, "environment").forEach((key, value) -> {
            if (key.contains("PASSWORD") || key.contains("SECRET")) {
                assertThat(String.valueOf(value)).as("%s: %s", name, key).matches("\\$\\{[A-Z0-9_]+:-[^}]*}");
            }
        }));
    }

    @Test
    void mountedConfigurationFilesExist() {
        // The realm file belongs to the identity work (deploy/keycloak/); every other mounted file is ours.
        Path realm = Repository.path("deploy/keycloak/nastavnik-realm.json");
        services.forEach((name, service) -> {
            for (Object volume : list(service, "volumes")) {
                String source = String.valueOf(volume).split(":")[0];
                if (source.startsWith("/") && !Path.of(source).equals(realm)) {
                    assertThat(Path.of(source)).as("%s mounts %s", name, source).exists();
                }
            }
        });
    }

    @Test
    void prometheusScrapesEveryDeployableAndTheCollector() {
        Map<String, Object> config = Yamls.document(Repository.read("deploy/prometheus/prometheus.yml"));
        List<String> actuatorTargets = new ArrayList<>();
        List<String> otherTargets = new ArrayList<>();
        for (Map<String, Object> job : maps(config, "scrape_configs")) {
            List<String> targets = maps(job, "static_configs").stream()
                    .flatMap(c -> list(c, "targets").stream().map(String::valueOf)).toList();
            ("/actuator/prometheus".equals(string(job, "metrics_path")) ? actuatorTargets : otherTargets).addAll(targets);
        }
        for (Deployable d : Deployable.platform()) {
            assertThat(actuatorTargets).as("Prometheus scrapes %s's /actuator/prometheus", d).contains(d.module + ":" + d.port);
        }
        assertThat(otherTargets).as("Prometheus scrapes the collector's exporter").contains("otel-collector:8889");
    }

    @Test
    void theCollectorSendsTracesToJaegerAndMetricsToPrometheus() {
        Map<String, Object> config = Yamls.document(Repository.read("deploy/otel/collector.yaml"));
        assertThat(map(config, "receivers", "otlp", "protocols")).containsKey("http");
        List<Object> traceExporters = list(config, "service", "pipelines", "traces", "exporters");
        assertThat(traceExporters).anySatisfy(exporter ->
                assertThat(string(config, "exporters", String.valueOf(exporter), "endpoint")).startsWith("jaeger:"));
        assertThat(list(config, "service", "pipelines", "metrics", "exporters")).contains("prometheus");
        assertThat(string(config, "exporters", "prometheus", "endpoint")).endsWith(":8889");
    }

    /** Compose v1 prints {published: 8080, target: 8080}; v2 prints published as a string; short form "8080:8080". */
    static int publishedPort(Object port) {
        if (port instanceof Map<?, ?> m) {
            return Integer.parseInt(String.valueOf(m.get("published")));
        }
        String[] parts = String.valueOf(port).split(":");
        return Integer.parseInt(parts.length >= 2 ? parts[parts.length - 2] : parts[0]);
    }
}
