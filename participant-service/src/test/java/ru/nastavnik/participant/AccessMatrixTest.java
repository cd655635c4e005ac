package ru.nastavnik.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import ru.nastavnik.demo.DemoRegion;
import ru.nastavnik.platform.testkit.RealInfrastructure;
import ru.nastavnik.platform.testkit.TestHttp;
import ru.nastavnik.platform.testkit.TestNames;
import ru.nastavnik.platform.testkit.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every endpoint × every role, for the caller's own and another organization, municipality and region:
 * the expected status, and for lists exactly what is visible. Tokens are real RS256 JWTs from the testkit's
 * issuer, validated by the service like the identity provider's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "nastavnik.demo.seed=true")
@RealInfrastructure
class AccessMatrixTest {

    private static final UUID R = DemoRegion.REGION.id();
    private static final UUID LEN = DemoRegion.LENINGRADSKY.id();
    private static final UUID KUSH = DemoRegion.KUSHCHEVSKY.id();
    private static final UUID SCHOOL_1 = DemoRegion.SCHOOL_1.id();
    private static final UUID SCHOOL_7 = DemoRegion.SCHOOL_7.id();
    private static final UUID MENTEE_1 = DemoRegion.MENTEE_SCHOOL_1.id();
    private static final UUID MENTOR_1 = DemoRegion.MENTOR_SCHOOL_1.id();

    /** Callers: the demo users, and a regional admin and municipal curator of another region. */
    private static final Map<String, String> TOKENS = new LinkedHashMap<>();

    static {
        TestTokens tokens = TestTokens.get();
        DemoRegion.USERS.forEach(user -> TOKENS.put(user.username(), tokens.forUser(user)));
        UUID otherRegion = UUID.randomUUID();
        TOKENS.put("other.region.admin", tokens.withClaims(Map.of("preferred_username", "other.region.admin",
                "roles", List.of("REGION_ADMIN"), "region_id", otherRegion.toString(), "organization_ids", List.of())));
        TOKENS.put("other.region.curator", tokens.withClaims(Map.of("preferred_username", "other.region.curator",
                "roles", List.of("MUNICIPAL_CURATOR"), "region_id", otherRegion.toString(),
                "municipality_id", LEN.toString(), "organization_ids", List.of())));
    }

    @LocalServerPort
    int port;

    private final JsonMapper json = JsonMapper.builder().build();

    /** {@code prepare} runs before every call, so that each caller finds the same state. */
    record Case(String method, String path, String body, Map<String, Integer> allowed, int otherwise, Runnable prepare) {
        Case(String method, String path, String body, Map<String, Integer> allowed, int otherwise) {
            this(method, path, body, allowed, otherwise, () -> { });
        }
    }

    @Autowired
    JdbcClient jdbc;

    /** No consent to name publication of the demo mentee, so that it can be recorded. */
    private void noNamePublicationConsent() {
        jdbc.sql("DELETE FROM consent WHERE person_id = ? AND scope = 'NAME_PUBLICATION'").param(MENTEE_1).update();
    }

    /** An active consent to name publication of the demo mentee, so that it can be withdrawn. */
    private void activeNamePublicationConsent() {
        noNamePublicationConsent();
        jdbc.sql("""
                INSERT INTO consent (id, person_id, scope, granted_on, document_reference, recorded_by, recorded_at)
                VALUES (?, ?, 'NAME_PUBLICATION', DATE '2026-09-01', 'Согласие № 15 от 01.09.2026', 'school1.curator', now())
                """).params(UUID.randomUUID(), MENTEE_1).update();
    }

    private static Map<String, Integer> only(Object... userAndStatus) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < userAndStatus.length; i += 2) {
            map.put((String) userAndStatus[i], (Integer) userAndStatus[i + 1]);
        }
        return map;
    }

    private static Map<String, Integer> demoUsers(int status) {
        Map<String, Integer> map = new LinkedHashMap<>();
        DemoRegion.USERS.forEach(user -> map.put(user.username(), status));
        return map;
    }

    private List<Case> cases() {
        String person = "{\"fullName\":\"%s\",\"yearsOfExperience\":3,\"programmeRole\":\"MENTEE_CANDIDATE\"}";
        return List.of(
                new Case("GET", "/api/participants/regions", null, demoUsers(200), 200),
                new Case("GET", "/api/participants/regions/" + R, null, demoUsers(200), 403),
                new Case("GET", "/api/participants/regions/" + R + "/municipalities", null, demoUsers(200), 403),
                new Case("GET", "/api/participants/municipalities/" + LEN, null, only("region.admin", 200,
                        "leningradsky.curator", 200, "school1.curator", 200, "school1.mentor", 200, "school1.mentee", 200), 403),
                new Case("GET", "/api/participants/municipalities/" + LEN + "/organizations", null, only("region.admin", 200,
                        "leningradsky.curator", 200, "school1.curator", 200, "school1.mentor", 200, "school1.mentee", 200), 403),
                new Case("GET", "/api/participants/organizations/" + SCHOOL_1, null, only("region.admin", 200,
                        "leningradsky.curator", 200, "school1.curator", 200, "school1.mentor", 200, "school1.mentee", 200), 403),
                new Case("GET", "/api/participants/organizations/" + SCHOOL_7, null, only("region.admin", 200,
                        "kushchevsky.curator", 200, "school7.curator", 200, "school7.mentor", 200, "school7.mentee", 200), 403),
                new Case("GET", "/api/participants/organizations/" + SCHOOL_1 + "/people", null,
                        only("leningradsky.curator", 200, "school1.curator", 200), 403),
                new Case("POST", "/api/participants/organizations/" + SCHOOL_1 + "/people", person,
                        only("leningradsky.curator", 201, "school1.curator", 201), 403),
                new Case("GET", "/api/participants/people/" + MENTEE_1, null,
                        only("leningradsky.curator", 200, "school1.curator", 200, "school1.mentee", 200), 403),
                new Case("GET", "/api/participants/organizations/" + SCHOOL_1 + "/bank?role=MENTOR_CANDIDATE", null,
                        only("leningradsky.curator", 200, "school1.curator", 200), 403),
                new Case("GET", "/api/participants/municipalities/" + LEN + "/bank", null,
                        only("leningradsky.curator", 200), 403),
                // Access is decided before the request is judged: a curator gets 409/400, everyone else 403.
                new Case("POST", "/api/participants/people/" + MENTEE_1 + "/status", "{\"status\":\"IN_PAIR\"}",
                        only("leningradsky.curator", 409, "school1.curator", 409), 403),
                new Case("PUT", "/api/participants/people/" + MENTEE_1, "{\"fullName\":\"%s\"}",
                        only("leningradsky.curator", 400, "school1.curator", 400), 403),
                new Case("POST", "/api/participants/people/" + MENTEE_1 + "/roles", "{\"academicYear\":\"1990/1991\"}",
                        only("leningradsky.curator", 400, "school1.curator", 400), 403),
                new Case("GET", "/api/participants/people/" + MENTEE_1 + "/requests", null,
                        only("leningradsky.curator", 200, "school1.curator", 200, "school1.mentee", 200), 403),
                new Case("PUT", "/api/participants/people/" + MENTEE_1 + "/requests", "[]",
                        only("leningradsky.curator", 200, "school1.curator", 200, "school1.mentee", 200), 403),
                new Case("GET", "/api/participants/people/" + MENTOR_1 + "/competencies", null,
                        only("leningradsky.curator", 200, "school1.curator", 200, "school1.mentor", 200), 403),
                new Case("PUT", "/api/participants/people/" + MENTOR_1 + "/competencies", "[]",
                        only("leningradsky.curator", 200, "school1.curator", 200, "school1.mentor", 200), 403),
                new Case("GET", "/api/participants/people/" + MENTEE_1 + "/consents", null,
                        only("leningradsky.curator", 200, "school1.curator", 200, "school1.mentee", 200), 403),
                new Case("POST", "/api/participants/people/" + MENTEE_1 + "/consents",
                        "{\"scope\":\"NAME_PUBLICATION\",\"grantedOn\":\"2026-09-01\",\"documentReference\":\"Согласие %s\"}",
                        only("leningradsky.curator", 201, "school1.curator", 201), 403, this::noNamePublicationConsent),
                new Case("POST", "/api/participants/people/" + MENTEE_1 + "/consents/NAME_PUBLICATION/withdrawal",
                        "{\"withdrawnOn\":\"2026-09-02\"}",
                        only("leningradsky.curator", 200, "school1.curator", 200, "school1.mentee", 200), 403,
                        this::activeNamePublicationConsent),
                new Case("GET", "/api/participants/taxonomy", null, demoUsers(200), 200),
                new Case("GET", "/api/participants/organizations/" + SCHOOL_1 + "/figures", null, only("region.admin", 200,
                        "leningradsky.curator", 200, "school1.curator", 200, "school1.mentor", 200, "school1.mentee", 200), 403),
                new Case("POST", "/api/participants/regions/" + R + "/municipalities", "{\"name\":\"%s\"}",
                        only("region.admin", 201), 403),
                new Case("POST", "/api/participants/municipalities/" + LEN + "/organizations",
                        "{\"name\":\"%s\",\"type\":\"SCHOOL\"}", only("region.admin", 201, "leningradsky.curator", 201), 403),
                new Case("POST", "/api/participants/regions", "{\"name\":\"%s\"}",
                        only("region.admin", 201, "other.region.admin", 201), 403),
                new Case("GET", "/api/participants/audit?organizationId=" + SCHOOL_1, null,
                        only("region.admin", 200, "school1.curator", 200), 403),
                // Another region's admin gets their own region's trail, which holds nothing of ours (asserted below).
                new Case("GET", "/api/participants/audit", null, only("region.admin", 200, "other.region.admin", 200), 403));
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointForEveryCaller() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Case c : cases()) {
            for (String caller : TOKENS.keySet()) {
                int expected = c.allowed().getOrDefault(caller, c.otherwise());
                tests.add(DynamicTest.dynamicTest(c.method() + " " + c.path() + " as " + caller + " → " + expected, () -> {
                    c.prepare().run();
                    String body = c.body() == null ? null : c.body().formatted(TestNames.unique("Новое название"));
                    HttpResponse<String> response = call(c.method(), c.path(), body, TOKENS.get(caller));
                    assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
                    if (expected == 403) {
                        assertThat(json.readTree(response.body()).get("code").asString()).isEqualTo("FORBIDDEN");
                        assertThat(response.body()).doesNotContain(DemoRegion.MENTEE_SCHOOL_1.fullName());
                    }
                }));
            }
            tests.add(DynamicTest.dynamicTest(c.method() + " " + c.path() + " anonymously → 401", () -> {
                HttpResponse<String> response = call(c.method(), c.path(), c.body() == null ? null : c.body().formatted("x"), null);
                assertThat(response.statusCode()).isEqualTo(401);
                assertThat(json.readTree(response.body()).get("code").asString()).isEqualTo("UNAUTHENTICATED");
            }));
        }
        return tests.stream();
    }

    @Test
    void listsShowEachRoleOnlyItsPart() throws Exception {
        assertThat(names(get("/api/participants/regions/" + R + "/municipalities", "region.admin")))
                .contains(DemoRegion.LENINGRADSKY.name(), DemoRegion.KUSHCHEVSKY.name());
        assertThat(names(get("/api/participants/regions/" + R + "/municipalities", "leningradsky.curator")))
                .containsExactly(DemoRegion.LENINGRADSKY.name());
        assertThat(names(get("/api/participants/regions/" + R + "/municipalities", "school7.curator")))
                .containsExactly(DemoRegion.KUSHCHEVSKY.name());
        assertThat(names(get("/api/participants/municipalities/" + LEN + "/organizations", "school1.mentor")))
                .containsExactly(DemoRegion.SCHOOL_1.name());
        assertThat(names(get("/api/participants/municipalities/" + LEN + "/organizations", "school1.curator")))
                .contains(DemoRegion.SCHOOL_1.name(), DemoRegion.KINDERGARTEN_5.name());
        assertThat(names(get("/api/participants/regions", "other.region.admin"))).isEmpty();
    }

    @Test
    void readsOfPersonalDataAreAuditedAndVisibleToTheCuratorAndTheRegion() throws Exception {
        get("/api/participants/people/" + MENTEE_1, "leningradsky.curator");

        JsonNode trail = get("/api/participants/audit?organizationId=" + SCHOOL_1, "school1.curator");
        assertThat(trail.findValuesAsString("actor")).contains("leningradsky.curator");
        assertThat(trail.findValuesAsString("personId")).contains(MENTEE_1.toString());
        assertThat(get("/api/participants/audit", "region.admin").findValuesAsString("action")).contains("READ");
        assertThat(get("/api/participants/audit", "other.region.admin")).isEmpty();
    }

    @Test
    void brokenTokensGet401() throws Exception {
        DemoRegion.User curator = DemoRegion.user("school1.curator").orElseThrow();
        TestTokens tokens = TestTokens.get();
        for (String token : List.of(tokens.expired(curator), tokens.fromAnotherIssuer(curator),
                tokens.withForeignSignature(curator), tokens.without(curator, "roles"), tokens.without(curator, "region_id"),
                "not-a-jwt")) {
            HttpResponse<String> response = call("GET", "/api/participants/organizations/" + SCHOOL_1, null, token);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
            assertThat(json.readTree(response.body()).get("code").asString()).isEqualTo("UNAUTHENTICATED");
        }
    }

    @Test
    void healthAndOpenApiAreAnonymous() throws Exception {
        assertThat(call("GET", "/actuator/health/readiness", null, null).statusCode()).isEqualTo(200);
        assertThat(call("GET", "/v3/api-docs", null, null).statusCode()).isEqualTo(200);
    }

    private JsonNode get(String path, String caller) throws Exception {
        HttpResponse<String> response = call("GET", path, null, TOKENS.get(caller));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private static List<String> names(JsonNode list) {
        return list.findValuesAsString("name");
    }

    private HttpResponse<String> call(String method, String path, String body, String token) throws Exception {
        return TestHttp.send("http://localhost:" + port, method, path, body, token);
    }
}
