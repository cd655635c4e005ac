package ru.nastavnik.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.nastavnik.pairing.PairFixture.code;
import static ru.nastavnik.pairing.PairFixture.read;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import ru.nastavnik.events.CloudEventHeaders;
import ru.nastavnik.events.EventCodec;
import ru.nastavnik.events.Topics;
import ru.nastavnik.events.pairing.PlanTaskCompleted;
import ru.nastavnik.events.pairing.ProgrammeApproved;
import ru.nastavnik.events.pairing.ProgrammeCompleted;
import ru.nastavnik.platform.testkit.RealInfrastructure;
import ru.nastavnik.platform.testkit.TestEvents;
import tools.jackson.databind.JsonNode;

/**
 * A pair's programme from draft to completion through the API: goals and tasks by the mentor, approval by order by
 * the curator, tasks done up to the 90 % target, self-assessments, the final meeting, completion with results; a
 * stale version is refused with 409 and nothing changes; the events travel without names.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class ProgrammeApiTest {

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    JdbcClient jdbc;

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Moscow"));

    @Test
    void aProgrammeRunsFromDraftToCompletionWithItsResults() throws Exception {
        PairFixture f = new PairFixture(port, bootstrapServers, jdbc, 1, today.minusDays(60), today.plusDays(200));
        String mentor = f.mentorToken();
        String mentee = f.menteeToken(0);
        String curator = f.curator();
        assertThat(read(f.call(mentee, "GET", "/api/pairing/my-pairs", null), 200).findValuesAsString("id"))
                .containsExactly(f.pairId.toString());
        assertThat(read(f.call(mentor, "GET", "/api/pairing/my-pairs", null), 200).findValuesAsString("id"))
                .containsExactly(f.pairId.toString());
        assertThat(read(f.call(f.strangerToken(), "GET", "/api/pairing/my-pairs", null), 200)).isEmpty();
        List<String> tasks = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            tasks.add("""
                    {"title":"Задача %d","deadline":"%s","expectedResult":"Результат %d"}""".formatted(i, today.plusDays(i), i));
        }
        JsonNode draft = read(f.call(mentor, "POST", "/api/pairing/pairs/" + f.pairId + "/programme", """
                {"goals":["Освоить проектирование урока по ФГОС","Подготовить открытый урок"],"tasks":%s}"""
                .formatted(tasks)), 201);
        String programme = "/api/pairing/programmes/" + draft.get("id").asString();
        assertThat(draft.get("state").asString()).isEqualTo("DRAFT");
        assertThat(draft.get("version").asInt()).isZero();
        assertThat(draft.get("goals")).hasSize(2);
        assertThat(code(f.call(curator, "POST", "/api/pairing/pairs/" + f.pairId + "/programme", "{\"goals\":[\"x\"]}"), 409))
                .isEqualTo("PROGRAMME_EXISTS");

        JsonNode outside = read(f.call(mentor, "POST", programme + "/tasks", """
                {"version":0,"title":"Поздно","deadline":"%s","expectedResult":"—"}""".formatted(f.endsOn.plusDays(1))), 400);
        assertThat(outside.get("errors").findValuesAsString("field")).containsExactly("tasks[0].deadline");
        JsonNode tenth = read(f.call(mentor, "POST", programme + "/tasks", """
                {"version":0,"title":"Открытый урок","deadline":"%s","expectedResult":"Урок проведён"}"""
                .formatted(today.plusDays(30))), 200);
        assertThat(tenth.get("tasks")).hasSize(10);
        assertThat(tenth.get("version").asInt()).isEqualTo(1);

        assertThat(code(f.call(mentor, "POST", programme + "/approval", """
                {"version":1,"orderNumber":"12-о","orderDate":"%s"}""".formatted(today)), 403)).isEqualTo("FORBIDDEN");
        JsonNode approved = read(f.call(curator, "POST", programme + "/approval", """
                {"version":1,"orderNumber":"12-о","orderDate":"%s"}""".formatted(today)), 200);
        assertThat(approved.get("state").asString()).isEqualTo("APPROVED");
        assertThat(approved.get("orderNumber").asString()).isEqualTo("12-о");

        // A stale version: 409 and the programme stays as it was.
        assertThat(code(f.call(mentor, "PUT", programme + "/plan", """
                {"version":1,"goals":["Другое"],"tasks":[]}"""), 409)).isEqualTo("PROGRAMME_CHANGED_CONCURRENTLY");
        JsonNode unchanged = read(f.call(mentee, "GET", "/api/pairing/pairs/" + f.pairId + "/programme", null), 200);
        assertThat(unchanged.get("version").asInt()).isEqualTo(2);
        assertThat(unchanged.get("goals").get(0).asString()).isEqualTo("Освоить проектирование урока по ФГОС");
        assertThat(unchanged.get("tasks")).hasSize(10);

        int version = 2;
        JsonNode current = unchanged;
        for (int i = 0; i < 9; i++) {
            current = read(f.call(i % 2 == 0 ? mentee : mentor, "POST",
                    programme + "/tasks/" + current.get("tasks").get(i).get("id").asString() + "/done",
                    "{\"version\":" + version + "}"), 200);
            version++;
            if (i == 7) {
                assertThat(current.get("progress").get("share").asDouble()).isEqualTo(0.8);
                assertThat(current.get("progress").get("targetReached").asBoolean()).isFalse();
            }
        }
        assertThat(current.get("progress").get("done").asInt()).isEqualTo(9);
        assertThat(current.get("progress").get("total").asInt()).isEqualTo(10);
        assertThat(current.get("progress").get("share").asDouble()).isEqualTo(0.9);
        assertThat(current.get("progress").get("targetReached").asBoolean()).isTrue();
        assertThat(current.get("tasks").get(0).get("doneBy").asString()).isEqualTo("mentee0");
        assertThat(current.get("tasks").get(9).get("doneOn").isNull()).isTrue();

        String complete = """
                {"version":%d,"resultsSummary":"Молодой учитель провёл открытый урок; методика вошла в копилку."}""";
        assertThat(code(f.call(curator, "POST", programme + "/completion", complete.formatted(version)), 422))
                .isEqualTo("SELF_ASSESSMENT_MISSING");
        assertThat(code(f.call(curator, "PUT", programme + "/self-assessment", """
                {"version":%d,"score":9,"text":"за другого"}""".formatted(version)), 403)).isEqualTo("FORBIDDEN");
        read(f.call(mentor, "PUT", programme + "/self-assessment", """
                {"version":%d,"score":9,"text":"Наставляемый вырос"}""".formatted(version)), 200);
        version++;
        JsonNode assessed = read(f.call(mentee, "PUT", programme + "/self-assessment", """
                {"version":%d,"score":8,"text":"Стало увереннее"}""".formatted(version)), 200);
        version++;
        assertThat(assessed.get("selfAssessments")).hasSize(2);
        assertThat(code(f.call(curator, "POST", programme + "/completion", complete.formatted(version)), 422))
                .isEqualTo("FINAL_MEETING_MISSING");
        assertThat(read(f.call(curator, "GET", "/api/pairing/pairs/" + f.pairId + "/programme", null), 200)
                .get("state").asString()).isEqualTo("APPROVED");

        read(f.call(mentor, "POST", "/api/pairing/pairs/" + f.pairId + "/meetings", """
                {"type":"FINAL","startsAt":"%sT15:00","durationMinutes":60,"place":"Кабинет 12",
                 "attendance":[{"personId":"%s","present":true},{"personId":"%s","present":true}]}"""
                .formatted(today.minusDays(1), f.mentor, f.mentees.getFirst())), 201);
        assertThat(code(f.call(mentor, "POST", programme + "/completion", complete.formatted(version)), 403)).isEqualTo("FORBIDDEN");
        JsonNode completed = read(f.call(curator, "POST", programme + "/completion", complete.formatted(version)), 200);
        assertThat(completed.get("state").asString()).isEqualTo("COMPLETED");
        assertThat(completed.get("finalMeetingHeld").asBoolean()).isTrue();
        assertThat(read(f.call(curator, "GET", "/api/pairing/pairs/" + f.pairId, null), 200).get("status").asString())
                .as("the pair ends with its programme and frees the mentor").isEqualTo("COMPLETED");
        assertThat(code(f.call(mentor, "POST", programme + "/tasks", """
                {"version":%d,"title":"Ещё","deadline":"%s","expectedResult":"—"}""".formatted(version + 1, today)), 409))
                .isEqualTo("PROGRAMME_COMPLETED");

        List<ConsumerRecord<String, byte[]>> records = TestEvents.read(bootstrapServers, Topics.PAIRING,
                r -> r.key().equals(f.pairId.toString()) && !"ru.nastavnik.pairing.pair-formed.v1"
                        .equals(TestEvents.header(r, CloudEventHeaders.TYPE)), 12, Duration.ofSeconds(60));
        List<Object> events = records.stream().map(r -> (Object) EventCodec.standard()
                .decode(TestEvents.header(r, CloudEventHeaders.TYPE), r.value())).toList();
        assertThat(events).filteredOn(ProgrammeApproved.class::isInstance).singleElement()
                .satisfies(e -> assertThat(((ProgrammeApproved) e).taskCount()).isEqualTo(10));
        assertThat(events).filteredOn(PlanTaskCompleted.class::isInstance).hasSize(9);
        ProgrammeCompleted result = (ProgrammeCompleted) events.stream().filter(ProgrammeCompleted.class::isInstance)
                .findFirst().orElseThrow();
        assertThat(result.tasksDone()).isEqualTo(9);
        assertThat(result.tasksTotal()).isEqualTo(10);
        assertThat(result.shareDone()).isEqualTo(0.9);
        assertThat(result.targetReached()).isTrue();
        assertThat(result.meetingsHeld()).isEqualTo(1);
        assertThat(result.selfAssessments()).extracting(ProgrammeCompleted.Score::side, ProgrammeCompleted.Score::score)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("MENTOR", 9),
                        org.assertj.core.groups.Tuple.tuple("MENTEE", 8));
        assertThat(result.resultsSummary()).contains("открытый урок");
        // The members travel as ids so monitoring can open the end-of-programme surveys.
        assertThat(result.mentorId()).isEqualTo(f.mentor);
        assertThat(result.menteeIds()).containsExactlyElementsOf(f.mentees);
        for (ConsumerRecord<String, byte[]> record : records) {
            String payload = new String(record.value(), StandardCharsets.UTF_8);
            assertThat(payload).doesNotContain("\"mentor\"", "\"mentee0\"", "\"curator\"", "Name\"", "name\"",
                    "Наставляемый вырос", "Стало увереннее");
        }
    }

    @Test
    void concurrentEditsOfOneVersionLeaveExactlyOneChange() throws Exception {
        PairFixture f = new PairFixture(port, bootstrapServers, jdbc, 1, today.minusDays(10), today.plusDays(100));
        JsonNode draft = read(f.call(f.mentorToken(), "POST", "/api/pairing/pairs/" + f.pairId + "/programme", """
                {"goals":["Цель"],"tasks":[{"title":"Задача","deadline":"%s","expectedResult":"Итог"}]}"""
                .formatted(today.plusDays(5))), 201);
        String plan = "/api/pairing/programmes/" + draft.get("id").asString() + "/plan";
        List<CompletableFuture<HttpResponse<String>>> edits = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String body = """
                    {"version":0,"goals":["Цель %d"],"tasks":[]}""".formatted(i);
            String token = i % 2 == 0 ? f.mentorToken() : f.curator();
            edits.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return f.call(token, "PUT", plan, body);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        List<HttpResponse<String>> responses = edits.stream().map(CompletableFuture::join).toList();
        assertThat(responses).filteredOn(r -> r.statusCode() == 200).hasSize(1);
        assertThat(responses).filteredOn(r -> r.statusCode() == 409).hasSize(3)
                .allSatisfy(r -> assertThat(r.body()).contains("PROGRAMME_CHANGED_CONCURRENTLY"));
        JsonNode now = read(f.call(f.curator(), "GET", "/api/pairing/pairs/" + f.pairId + "/programme", null), 200);
        assertThat(now.get("version").asInt()).isEqualTo(1);
        assertThat(now.get("tasks")).isEmpty();
        String winner = PairFixture.JSON.readTree(responses.stream().filter(r -> r.statusCode() == 200).findFirst()
                .orElseThrow().body()).get("goals").get(0).asString();
        assertThat(now.get("goals").get(0).asString()).isEqualTo(winner);
        assertThat(code(f.call(f.mentorToken(), "PUT", plan, "{\"goals\":[\"Без версии\"]}"), 400)).isEqualTo("VALIDATION_FAILED");
    }
}
