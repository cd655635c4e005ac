package ru.nastavnik.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import ru.nastavnik.demo.DemoRegion;
import ru.nastavnik.launcher.Platform;
import ru.nastavnik.launcher.PlatformOptions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The first slice across every service: the launcher starts the real platform (PostgreSQL, Kafka,
 * MongoDB wire server, four services and the gateway as separate processes); an organization and a
 * person registered through the gateway, by a curator logged in through the identity provider, reach pairing,
 * monitoring and publication through Kafka, in one trace; each role sees only its part.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformEndToEndTest {

    @TempDir
    static Path dataDir;

    static Platform platform;

    static final JsonMapper json = JsonMapper.builder().build();

    static UUID organization;
    static UUID person;
    static String traceId;
    /** The municipal curator of the demo region's Leningradsky district, logged in through the identity provider. */
    static PortalSession curator;

    @BeforeAll
    static void startPlatform() throws Exception {
        Path repoHome = Path.of("..").toAbsolutePath().normalize();
        platform = Platform.start(PlatformOptions.forTests(repoHome, dataDir));
        curator = PortalSession.login(platform.gatewayUrl(), "leningradsky.curator");
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    @Order(1)
    void registrationThroughTheGatewayReachesEveryContext() throws Exception {
        UUID municipality = DemoRegion.LENINGRADSKY.id();
        organization = id(send("POST", "/api/participants/municipalities/" + municipality + "/organizations",
                "{\"name\":\"МБОУ СОШ № 3\",\"type\":\"SCHOOL\"}", 201));
        HttpResponse<String> registered = send("POST", "/api/participants/organizations/" + organization + "/people", """
                {"fullName":"Кузнецова Анна Сергеевна","position":"учитель русского языка","subjects":["русский язык"],
                 "yearsOfExperience":1,"programmeRole":"MENTEE_CANDIDATE"}""", 201);
        person = id(registered);
        traceId = registered.headers().firstValue("X-Trace-Id").orElseThrow();

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            JsonNode participants = json.readTree(send("GET", "/api/pairing/participants?organizationId=" + organization, null, 200).body());
            assertThat(participants).hasSize(1);
            assertThat(participants.get(0).get("personId").asString()).isEqualTo(person.toString());
        });
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            HttpResponse<String> response = send("GET", "/api/monitoring/organizations/" + organization + "/participation", null, -1);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(json.readTree(response.body()).get("menteeCandidates").asInt()).isEqualTo(1);
        });
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            HttpResponse<String> response = send("GET", "/api/publications/organizations/" + organization, null, -1);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(json.readTree(response.body()).get("name").asString()).isEqualTo("МБОУ СОШ № 3");
        });
    }

    @Test
    @Order(2)
    void oneTraceSpansGatewayServiceKafkaAndConsumer() throws Exception {
        assertThat(traceId).matches("[0-9a-f]{32}");
        // The gateway started the trace (the test sent no traceparent); the pairing consumer logs under it.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                Files.readAllLines(platform.logFile("pairing-service"), StandardCharsets.UTF_8))
                .anySatisfy(line -> assertThat(line).contains(traceId).contains("pairing-service.participants applied")));
        // Personal data never reaches logs.
        for (String service : new String[] { "gateway", "participant-service", "pairing-service", "monitoring-service",
                "publication-service" }) {
            assertThat(Files.readString(platform.logFile(service), StandardCharsets.UTF_8))
                    .doesNotContain("Кузнецова");
        }
    }

    @Test
    @Order(3)
    void openApiOfEachServiceIsReachableThroughTheGateway() throws Exception {
        for (String service : new String[] { "participants", "pairing", "monitoring", "publications" }) {
            JsonNode docs = json.readTree(send("GET", "/v3/api-docs/" + service, null, 200).body());
            assertThat(docs.get("openapi").asString()).startsWith("3.");
            assertThat(docs.get("paths").size()).isPositive();
        }
    }

    @Test
    @Order(4)
    void eachRoleSeesOnlyItsPartThroughTheGateway() throws Exception {
        HttpResponse<String> anonymous = send(PortalSession.anonymous(platform.gatewayUrl()), "GET",
                "/api/participants/organizations/" + organization + "/people", null, 401);
        assertThat(json.readTree(anonymous.body()).get("code").asString()).isEqualTo("UNAUTHENTICATED");

        PortalSession otherSchool = PortalSession.login(platform.gatewayUrl(), "school7.curator");
        JsonNode forbidden = json.readTree(send(otherSchool, "GET",
                "/api/participants/organizations/" + DemoRegion.SCHOOL_1.id() + "/people", null, 403).body());
        assertThat(forbidden.get("code").asString()).isEqualTo("FORBIDDEN");

        PortalSession school = PortalSession.login(platform.gatewayUrl(), "school1.curator");
        JsonNode people = json.readTree(send(school, "GET",
                "/api/participants/organizations/" + DemoRegion.SCHOOL_1.id() + "/people", null, 200).body());
        assertThat(people.findValuesAsString("fullName")).contains(DemoRegion.MENTOR_SCHOOL_1.fullName());
        JsonNode session = json.readTree(send(school, "GET", "/portal/session", null, 200).body());
        assertThat(session.get("roles").get(0).asString()).isEqualTo("SCHOOL_CURATOR");
    }

    /**
     * 152-ФЗ across the platform: once the person withdraws consent to processing, no store of any service, and no
     * record retained on any Kafka topic, holds their name, e-mail or phone after at most 60 s; counts stay.
     */
    @Test
    @Order(5)
    void withdrawalOfConsentErasesThePersonFromEveryStoreWithinAMinute() throws Exception {
        String name = "Стирающаяся Ксения " + uniqueWord();
        String email = "k" + UUID.randomUUID().toString().replace("-", "").substring(0, 12) + "@school3.ru";
        String phone = "+7918" + (1_000_000 + (int) (Math.random() * 8_999_999));
        UUID withdrawing = id(send("POST", "/api/participants/organizations/" + organization + "/people", """
                {"fullName":"%s","position":"учитель химии","subjects":["химия"],"email":"%s","phone":"%s",
                 "yearsOfExperience":2,"programmeRole":"MENTEE_CANDIDATE"}""".formatted(name, email, phone), 201));
        String person = "/api/participants/people/" + withdrawing;
        send("POST", person + "/consents", """
                {"scope":"PERSONAL_DATA_PROCESSING","grantedOn":"%s","documentReference":"Согласие %s"}"""
                .formatted(java.time.LocalDate.now().minusDays(1), name), 201);
        send("PUT", person + "/requests", "[{\"topicCode\":\"DIGITAL_TOOLS\",\"level\":2,\"comment\":\"просит %s\"}]"
                .formatted(name), 200);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> assertThat(
                json.readTree(send("GET", "/api/pairing/candidates?organizationId=" + organization, null, 200).body())
                        .findValuesAsString("personId")).contains(withdrawing.toString()));
        PersonalDataSearch stores = new PersonalDataSearch(platform.infrastructure());
        assertThat(stores.find(name)).as("the search finds the name where it is kept").isNotEmpty()
                .allMatch(place -> place.startsWith("postgres participant"));
        assertThat(stores.find(email)).isNotEmpty();

        long start = System.nanoTime();
        send("POST", person + "/consents/PERSONAL_DATA_PROCESSING/withdrawal",
                "{\"withdrawnOn\":\"" + java.time.LocalDate.now() + "\"}", 200);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            assertThat(stores.find(name)).as("stores holding the name").isEmpty();
            assertThat(stores.find(email)).as("stores holding the e-mail").isEmpty();
            assertThat(stores.find(phone)).as("stores holding the phone").isEmpty();
            assertThat(json.readTree(send("GET", "/api/pairing/participants?organizationId=" + organization, null, 200).body())
                    .findValuesAsString("personId")).doesNotContain(withdrawing.toString());
        });
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(60));
        // Anonymous counts stay: the organization still had two mentees registered.
        assertThat(json.readTree(send("GET", "/api/monitoring/organizations/" + organization + "/participation", null, 200)
                .body()).get("menteeCandidates").asInt()).isEqualTo(2);
        assertThat(json.readTree(send("GET", person, null, 200).body()).get("fullName").asString()).isEqualTo("Удалённый участник");
    }

    /** Cyrillic letters only, so the name passes the same checks as a real one and is found nowhere else. */
    private static String uniqueWord() {
        String letters = "абвгдежзиклмнопрстуфхцчшэюя";
        StringBuilder word = new StringBuilder("Ф");
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int i = 0; i < 10; i++) {
            word.append(letters.charAt(random.nextInt(letters.length())));
        }
        return word.toString();
    }

    @Test
    @Order(6)
    void aStoppedServiceGets503ProblemWhileTheOthersStillAnswer() throws Exception {
        platform.stopService("monitoring-service");

        for (String method : new String[] { "GET", "POST", "DELETE" }) {
            HttpResponse<String> response = send(method, "/api/monitoring/organizations/" + organization + "/participation",
                    "POST".equals(method) ? "{}" : null, 503);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            JsonNode problem = json.readTree(response.body());
            assertThat(problem.get("code").asString()).isEqualTo("SERVICE_UNAVAILABLE");
            assertThat(problem.get("status").asInt()).isEqualTo(503);
        }
        assertThat(json.readTree(send("GET", "/api/pairing/participants?organizationId=" + organization, null, 200).body())).hasSize(1);
        assertThat(send("GET", "/api/participants/organizations/" + organization, null, 200).body()).contains("МБОУ СОШ № 3");
        assertThat(send("GET", "/api/publications/organizations/" + organization, null, 200).body()).contains("МБОУ СОШ № 3");
    }

    private static HttpResponse<String> send(String method, String path, String body, int expectedStatus) throws Exception {
        return send(curator, method, path, body, expectedStatus);
    }

    private static HttpResponse<String> send(PortalSession session, String method, String path, String body,
            int expectedStatus) throws Exception {
        HttpResponse<String> response = session.send(method, path, body);
        if (expectedStatus > 0) {
            assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(expectedStatus);
        }
        return response;
    }

    private static UUID id(HttpResponse<String> response) {
        return UUID.fromString(json.readTree(response.body()).get("id").asString());
    }
}
