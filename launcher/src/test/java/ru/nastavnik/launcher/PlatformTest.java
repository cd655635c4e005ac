package ru.nastavnik.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The orchestration on real infrastructure with {@link FakeService} jars in place of the Spring Boot services: the
 * order, the environment each process gets, health polling, stopping one service, and stopping everything.
 */
class PlatformTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path temp;

    @Test
    void startsEverythingPassesEachServiceItsEnvironmentAndStopsInReverseOrder() throws Exception {
        Path home = TestHomes.withFakeServices(temp.resolve("home"));
        List<ProgressListener.Event> events = new CopyOnWriteArrayList<>();
        PlatformOptions options = PlatformOptions.forTests(home, temp.resolve("data"))
                .withProgress(events::add)
                // this one answers only /actuator/health, as a service without probes would
                .withEnvironment("monitoring-service", "FAKE_NO_READINESS", "1");
        PortPlan ports = options.ports();
        RunFile runFile = new RunFile(options.dataDir());

        try (Platform platform = Platform.start(options)) {
            List<String> ready = components(events, ProgressListener.Phase.READY);
            assertThat(ready.subList(0, 3)).containsExactly("postgresql", "kafka", "mongodb");
            assertThat(ready.subList(3, 8)).containsExactlyInAnyOrder("participant-service", "pairing-service",
                    "monitoring-service", "publication-service", "identity-provider");
            assertThat(ready.get(8)).isEqualTo("gateway");
            assertThat(platform.gatewayUrl()).isEqualTo("http://localhost:" + ports.port(Component.GATEWAY));

            String postgres = "jdbc:postgresql://localhost:" + ports.port(Component.POSTGRESQL) + "/";
            String kafka = "localhost:" + ports.port(Component.KAFKA);
            String issuer = "http://localhost:" + ports.port(Component.IDENTITY_PROVIDER);
            String gateway = platform.gatewayUrl();
            assertThat(environmentOf(platform, "identity-provider"))
                    .containsEntry("SERVER_PORT", Integer.toString(ports.port(Component.IDENTITY_PROVIDER)))
                    .containsEntry("NASTAVNIK_IDENTITY_ISSUER", issuer)
                    .containsEntry("NASTAVNIK_IDENTITY_PORTAL_REDIRECT_URIS", gateway + "/login/oauth2/code/nastavnik")
                    .containsEntry("NASTAVNIK_IDENTITY_PORTAL_POST_LOGOUT_REDIRECT_URIS", gateway + "/")
                    .containsEntry("NASTAVNIK_IDENTITY_PORTAL_CLIENT_SECRET", "portal-dev-secret")
                    .containsEntry("NASTAVNIK_IDENTITY_KEYDIRECTORY", options.dataDir().resolve("identity").toString())
                    .doesNotContainKeys("SPRING_DATASOURCE_URL", "SPRING_KAFKA_BOOTSTRAP_SERVERS",
                            "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI");
            for (String service : new String[] {"participant-service", "pairing-service", "monitoring-service",
                    "publication-service"}) {
                assertThat(environmentOf(platform, service)).as(service)
                        .containsEntry("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI", issuer)
                        .doesNotContainKey("SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_NASTAVNIK_CLIENT_SECRET");
            }
            assertThat(environmentOf(platform, "participant-service"))
                    .containsEntry("NASTAVNIK_DEMO_SEED", "true")
                    .containsEntry("SERVER_PORT", Integer.toString(ports.port(Component.PARTICIPANT_SERVICE)))
                    .containsEntry("SPRING_DATASOURCE_URL", postgres + "participant")
                    .containsEntry("SPRING_DATASOURCE_USERNAME", platform.infrastructure().postgresUsername())
                    .containsKey("SPRING_DATASOURCE_PASSWORD")
                    .containsEntry("SPRING_KAFKA_BOOTSTRAP_SERVERS", kafka)
                    .doesNotContainKey("SPRING_MONGODB_URI");
            assertThat(environmentOf(platform, "pairing-service"))
                    .containsEntry("SPRING_DATASOURCE_URL", postgres + "pairing")
                    .doesNotContainKey("NASTAVNIK_DEMO_SEED");
            assertThat(environmentOf(platform, "monitoring-service"))
                    .containsEntry("SPRING_DATASOURCE_URL", postgres + "monitoring");
            assertThat(environmentOf(platform, "publication-service"))
                    .containsEntry("SPRING_MONGODB_URI",
                            "mongodb://localhost:" + ports.port(Component.MONGODB) + "/publication")
                    .containsEntry("SPRING_KAFKA_BOOTSTRAP_SERVERS", kafka)
                    .containsEntry("NASTAVNIK_FEEDS_PUBLIC_URL", "http://localhost:" + ports.port(Component.GATEWAY))
                    .doesNotContainKey("SPRING_DATASOURCE_URL");
            assertThat(environmentOf(platform, "gateway"))
                    .containsEntry("NASTAVNIK_SERVICES_PARTICIPANTSERVICE_URI", platform.serviceUrl("participant-service"))
                    .containsEntry("NASTAVNIK_SERVICES_PAIRINGSERVICE_URI", platform.serviceUrl("pairing-service"))
                    .containsEntry("NASTAVNIK_SERVICES_MONITORINGSERVICE_URI", platform.serviceUrl("monitoring-service"))
                    .containsEntry("NASTAVNIK_SERVICES_PUBLICATIONSERVICE_URI", platform.serviceUrl("publication-service"))
                    .containsEntry("SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_NASTAVNIK_ISSUER_URI", issuer)
                    .containsEntry("SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_NASTAVNIK_CLIENT_ID", "portal")
                    .containsEntry("SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_NASTAVNIK_CLIENT_SECRET", "portal-dev-secret")
                    .doesNotContainKeys("SPRING_DATASOURCE_URL", "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI");
            // The secret reaches the gateway's environment, never its log.
            assertThat(platform.logFile("gateway")).content()
                    .contains("SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_NASTAVNIK_CLIENT_SECRET=****")
                    .doesNotContain("portal-dev-secret");
            assertThat(platform.logFile("identity-provider")).content().doesNotContain("portal-dev-secret");

            assertThat(platform.logFile("pairing-service")).content().contains("fake service listening on");
            assertThat(runFile.read()).extracting(RunFile.Entry::component)
                    .contains("launcher", "kafka", "postgresql", "pairing-service", "identity-provider", "gateway");

            List<Benchmark.Row> rows = Benchmark.measure(platform, Map.of());
            assertThat(rows).extracting(Benchmark.Row::component).contains("launcher", "postgresql", "kafka",
                    "participant-service", "pairing-service", "monitoring-service", "publication-service",
                    "identity-provider", "gateway");
            assertThat(rows).allSatisfy(row -> assertThat(row.residentBytes()).as(row.component()).isPositive());

            platform.stopService("pairing-service");
            assertThat(platform.isRunning("pairing-service")).isFalse();
            assertThat(PortCheck.isFree(ports.port(Component.PAIRING_SERVICE))).isTrue();
            assertThat(platform.logFile("pairing-service")).content().contains("fake service stopped gracefully");
            assertThat(events).noneMatch(e -> e.phase() == ProgressListener.Phase.FAILED);

            platform.startService("pairing-service");
            assertThat(get(platform.serviceUrl("pairing-service") + "/actuator/health").statusCode()).isEqualTo(200);
        }

        List<String> stopped = components(events, ProgressListener.Phase.STOPPED);
        assertThat(stopped.get(1)).as("gateway stops first (after the stopService above)").isEqualTo("gateway");
        assertThat(stopped.subList(stopped.size() - 3, stopped.size()))
                .containsExactly("kafka", "mongodb", "postgresql");
        ports.asMap().forEach((component, port) ->
                assertThat(PortCheck.isFree(port)).as("%s port %d released", component, port).isTrue());
        assertThat(runFile.path()).doesNotExist();
    }

    @Test
    void aServiceThatDiesDuringStartUpIsNamedAndQuotedAndEverythingElseIsStopped() throws Exception {
        Path home = TestHomes.withFakeServices(temp.resolve("home"));
        PlatformOptions options = PlatformOptions.forTests(home, temp.resolve("data"))
                .withEnvironment("pairing-service", "FAKE_FAIL", "no database today");

        assertThatThrownBy(() -> Platform.start(options))
                .isInstanceOf(PlatformStartException.class)
                .hasMessageContaining("pairing-service exited with code 3 before it was ready")
                .hasMessageContaining("Last lines of " + options.dataDir().resolve("logs/pairing-service.log"))
                .hasMessageContaining("Root cause: Caused by: java.lang.IllegalArgumentException: no database today")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("participant-service"));

        options.ports().asMap().forEach((component, port) ->
                assertThat(PortCheck.isFree(port)).as("%s port %d released", component, port).isTrue());
        assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
                .map(p -> ProcessInspector.commandLine(p.pid())).collect(Collectors.toList()))
                .as("no child process left").noneMatch(c -> c.contains("exec.jar") || c.contains("kafka"));
    }

    private static List<String> components(List<ProgressListener.Event> events, ProgressListener.Phase phase) {
        return events.stream().filter(e -> e.phase() == phase).map(ProgressListener.Event::component).toList();
    }

    private static Map<String, String> environmentOf(Platform platform, String service) throws Exception {
        String body = get(platform.serviceUrl(service) + "/env").body();
        return body.lines().filter(line -> line.contains("="))
                .collect(Collectors.toMap(line -> line.substring(0, line.indexOf('=')),
                        line -> line.substring(line.indexOf('=') + 1), (a, b) -> b));
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
