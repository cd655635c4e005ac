package ru.nastavnik.pairing;

import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import ru.nastavnik.demo.DemoRegion;
import ru.nastavnik.events.participant.ConsentGranted;
import ru.nastavnik.events.participant.ConsentScope;
import ru.nastavnik.platform.testkit.AccessMatrix;
import ru.nastavnik.platform.testkit.DemoRegionEvents;
import ru.nastavnik.platform.testkit.RealInfrastructure;
import ru.nastavnik.platform.testkit.TestTokens;

/**
 * A pair's lifecycle and the orders × every demo role: the organization's curator manages (changes reach validation:
 * 400), the municipal curator reads, the pair's mentor and mentee read their own pair, the region admin nothing
 * personal, everyone else 403, anonymous 401. Nothing is changed: every write is sent incomplete.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class PairLifecycleAccessTest {

    private static final Set<String> MANAGERS = Set.of("school1.curator");
    private static final Set<String> READERS = Set.of("school1.curator", "leningradsky.curator");
    private static final Set<String> PAIR_READERS = Set.of("school1.curator", "leningradsky.curator", "school1.mentor",
            "school1.mentee");

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    JdbcClient jdbc;

    private String pairId;

    /** The demo mentor and mentee of school 1, with consent to processing, paired once. */
    @BeforeEach
    void demoPairExists() throws Exception {
        DemoRegionEvents.publish(bootstrapServers);
        for (DemoRegion.Person person : new DemoRegion.Person[] {DemoRegion.MENTOR_SCHOOL_1, DemoRegion.MENTEE_SCHOOL_1}) {
            ru.nastavnik.platform.testkit.TestEvents.publish(bootstrapServers, new ConsentGranted(person.id(),
                    person.organizationId(), ConsentScope.PERSONAL_DATA_PROCESSING, LocalDate.now().minusDays(30)));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql(
                "SELECT count(*) FROM eligible_participant WHERE person_id IN (?, ?) AND consent_to_processing")
                .params(DemoRegion.MENTOR_SCHOOL_1.id(), DemoRegion.MENTEE_SCHOOL_1.id()).query(Long.class).single() == 2);
        String curator = TestTokens.get().forUser("school1.curator");
        pairId = jdbc.sql("""
                SELECT p.id::text FROM mentoring_pair p JOIN pair_member m ON m.pair_id = p.id
                WHERE m.mentee_id = ? AND p.status = 'ACTIVE' AND m.left_on IS NULL""")
                .param(DemoRegion.MENTEE_SCHOOL_1.id()).query(String.class).optional().orElse(null);
        if (pairId == null) {
            HttpResponse<String> formed = call("POST", "/api/pairing/organizations/" + DemoRegion.SCHOOL_1.id() + "/pairs", """
                    {"mentorId":"%s","menteeIds":["%s"],"roleModel":"TEACHER_TEACHER","format":"TRADITIONAL",
                     "startsOn":"2026-09-15","endsOn":"2027-05-31"}""".formatted(DemoRegion.MENTOR_SCHOOL_1.id(),
                    DemoRegion.MENTEE_SCHOOL_1.id()), curator);
            if (formed.statusCode() != 201) {
                throw new AssertionError(formed.body());
            }
            pairId = new tools.jackson.databind.json.JsonMapper().readTree(formed.body()).get("id").asString();
        }
    }

    @TestFactory
    Stream<DynamicNode> everyCaller() {
        String organization = "/api/pairing/organizations/" + DemoRegion.SCHOOL_1.id();
        return Stream.of(
                container("GET /api/pairing/pairs/{id}", t -> call("GET", "/api/pairing/pairs/" + pairId, null, t), 200,
                        PAIR_READERS),
                container("POST /api/pairing/pairs/{id}/consents", t -> call("POST",
                        "/api/pairing/pairs/" + pairId + "/consents", "{}", t), 400, MANAGERS),
                container("POST /api/pairing/pairs/{id}/dissolution", t -> call("POST",
                        "/api/pairing/pairs/" + pairId + "/dissolution", "{}", t), 400, MANAGERS),
                container("POST /api/pairing/pairs/{id}/mentee-replacement", t -> call("POST",
                        "/api/pairing/pairs/" + pairId + "/mentee-replacement", "{}", t), 400, MANAGERS),
                container("POST /api/pairing/pairs/{id}/mentor-replacement", t -> call("POST",
                        "/api/pairing/pairs/" + pairId + "/mentor-replacement", "{}", t), 400, MANAGERS),
                container("GET …/orders", t -> call("GET", organization + "/orders", null, t), 200, READERS),
                container("POST …/orders", t -> call("POST", organization + "/orders", "{}", t), 400, MANAGERS),
                container("GET …/order-template", t -> call("GET", organization + "/order-template", null, t), 200, READERS),
                container("PUT …/order-template", t -> call("PUT", organization + "/order-template", "{}", t), 400,
                        MANAGERS));
    }

    private interface Call {
        HttpResponse<String> with(String token) throws Exception;
    }

    private static DynamicContainer container(String name, Call call, int status, Set<String> allowed) {
        return DynamicContainer.dynamicContainer(name, AccessMatrix.of(token -> call.with(token).statusCode(), status, allowed));
    }

    private HttpResponse<String> call(String method, String path, String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
