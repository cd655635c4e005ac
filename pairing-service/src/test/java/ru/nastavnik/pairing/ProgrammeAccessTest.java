package ru.nastavnik.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
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
import ru.nastavnik.platform.testkit.TestEvents;
import ru.nastavnik.platform.testkit.TestHttp;
import ru.nastavnik.platform.testkit.TestTokens;
import tools.jackson.databind.JsonNode;

/**
 * A demo pair of SCHOOL_1 (its demo mentor and mentee) × every demo role: the pair's members and the school's and
 * municipality's curators read the programme, meetings, diary and calendar files; the mentor and the school's
 * curator record meetings; only the school's curator approves; only members present give feedback; the region
 * admin, another municipality and another region see nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class ProgrammeAccessTest {

    private static final Set<String> READERS = Set.of("school1.mentor", "school1.mentee", "school1.curator",
            "leningradsky.curator");
    private static final Set<String> EDITORS = Set.of("school1.mentor", "school1.curator");
    private static final Set<String> MANAGERS = Set.of("school1.curator");
    private static final Set<String> PARTICIPANTS = Set.of("school1.mentor", "school1.mentee");

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    JdbcClient jdbc;

    private UUID pairId;
    private UUID programmeId;
    private UUID meetingId;

    @BeforeEach
    void demoPairWithProgrammeAndMeeting() throws Exception {
        DemoRegionEvents.publish(bootstrapServers);
        UUID mentor = DemoRegion.MENTOR_SCHOOL_1.id();
        UUID mentee = DemoRegion.MENTEE_SCHOOL_1.id();
        for (UUID person : new UUID[] {mentor, mentee}) {
            TestEvents.publish(bootstrapServers, new ConsentGranted(person, DemoRegion.SCHOOL_1.id(),
                    ConsentScope.PERSONAL_DATA_PROCESSING, LocalDate.now().minusDays(1)));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql(
                "SELECT count(*) FROM eligible_participant WHERE person_id IN (?, ?) AND consent_to_processing")
                .params(mentor, mentee).query(Long.class).single() == 2);
        String curator = TestTokens.get().forUser("school1.curator");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Moscow"));
        HttpResponse<String> formed = send("POST", "/api/pairing/organizations/" + DemoRegion.SCHOOL_1.id() + "/pairs", """
                {"mentorId":"%s","menteeIds":["%s"],"roleModel":"TEACHER_TEACHER","format":"TRADITIONAL",
                 "startsOn":"%s","endsOn":"%s"}""".formatted(mentor, mentee, today.minusDays(30), today.plusDays(200)), curator);
        if (formed.statusCode() == 201) {
            pairId = UUID.fromString(PairFixture.JSON.readTree(formed.body()).get("id").asString());
        } else {
            assertThat(formed.body()).contains("DUPLICATE_PAIR");
            JsonNode pairs = PairFixture.read(send("GET", "/api/pairing/organizations/" + DemoRegion.SCHOOL_1.id()
                    + "/pairs", null, curator), 200);
            pairId = UUID.fromString(pairs.valueStream().filter(p -> p.get("status").asString().equals("ACTIVE")
                    && p.get("mentorId").asString().equals(mentor.toString())).findFirst().orElseThrow().get("id").asString());
        }
        HttpResponse<String> programme = send("GET", "/api/pairing/pairs/" + pairId + "/programme", null, curator);
        if (programme.statusCode() == 404) {
            programme = send("POST", "/api/pairing/pairs/" + pairId + "/programme", """
                    {"goals":["Цель"],"tasks":[{"title":"Задача","deadline":"%s","expectedResult":"Итог"}]}"""
                    .formatted(today.plusDays(10)), curator);
        }
        programmeId = UUID.fromString(PairFixture.JSON.readTree(programme.body()).get("id").asString());
        JsonNode meetings = PairFixture.read(send("GET", "/api/pairing/pairs/" + pairId + "/meetings", null, curator), 200);
        if (meetings.isEmpty()) {
            meetings = PairFixture.JSON.createArrayNode().add(PairFixture.read(send("POST", "/api/pairing/pairs/" + pairId
                    + "/meetings", """
                    {"type":"ACQUAINTANCE","startsAt":"%sT14:00","place":"Учительская",
                     "attendance":[{"personId":"%s","present":true},{"personId":"%s","present":true}]}"""
                    .formatted(today.minusDays(2), mentor, mentee), curator), 201));
        }
        meetingId = UUID.fromString(meetings.get(0).get("id").asString());
    }

    @TestFactory
    Stream<DynamicNode> everyCaller() {
        return Stream.of(
                container("GET programme", () -> "/api/pairing/pairs/" + pairId + "/programme", "GET", null, 200, READERS),
                container("GET meetings", () -> "/api/pairing/pairs/" + pairId + "/meetings", "GET", null, 200, READERS),
                container("GET diary", () -> "/api/pairing/pairs/" + pairId + "/diary", "GET", null, 200, READERS),
                container("GET .ics", () -> "/api/pairing/meetings/" + meetingId + ".ics", "GET", null, 200, READERS),
                container("POST meeting (planned)", () -> "/api/pairing/pairs/" + pairId + "/meetings", "POST",
                        "{\"type\":\"WORKING\",\"startsAt\":\"" + LocalDate.now().plusDays(3) + "T10:00\",\"place\":\"Каб. 5\"}",
                        201, EDITORS),
                container("POST approval (no version: 400 once allowed)", () -> "/api/pairing/programmes/" + programmeId
                        + "/approval", "POST", "{\"orderNumber\":\"1\"}", 400, MANAGERS),
                container("PUT plan (no version: 400 once allowed)", () -> "/api/pairing/programmes/" + programmeId
                        + "/plan", "PUT", "{\"goals\":[]}", 400, EDITORS),
                container("POST feedback (usefulness 0: 400 once allowed)", () -> "/api/pairing/meetings/" + meetingId
                        + "/feedback", "POST", "{\"usefulness\":0}", 400, PARTICIPANTS));
    }

    private DynamicContainer container(String name, java.util.function.Supplier<String> path, String method, String body,
            int status, Set<String> allowed) {
        return DynamicContainer.dynamicContainer(name,
                AccessMatrix.of(token -> send(method, path.get(), body, token).statusCode(), status, allowed));
    }

    private HttpResponse<String> send(String method, String path, String body, String token) throws Exception {
        return TestHttp.send("http://localhost:" + port, method, path, body, token);
    }
}
