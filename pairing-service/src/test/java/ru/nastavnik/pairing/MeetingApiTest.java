package ru.nastavnik.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.nastavnik.pairing.PairFixture.code;
import static ru.nastavnik.pairing.PairFixture.read;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import ru.nastavnik.events.CloudEventHeaders;
import ru.nastavnik.events.EventCodec;
import ru.nastavnik.events.IntegrationEvent;
import ru.nastavnik.events.Topics;
import ru.nastavnik.events.pairing.FeedbackReminderDue;
import ru.nastavnik.events.pairing.FeedbackSubmitted;
import ru.nastavnik.events.pairing.MeetingHeld;
import ru.nastavnik.events.pairing.MeetingType;
import ru.nastavnik.events.pairing.PairInactive;
import ru.nastavnik.pairing.application.ReminderJob;
import ru.nastavnik.platform.testkit.RealInfrastructure;
import ru.nastavnik.platform.testkit.TestEvents;
import tools.jackson.databind.JsonNode;

/**
 * Meetings of a group through the API: dates and links checked, attendance, the .ics file, one feedback form per
 * present member given by that member only, outstanding meetings and inactive pairs as to-dos and as reminder events
 * sent once, and the pair's diary.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class MeetingApiTest {

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReminderJob reminders;

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Moscow"));

    @Test
    void meetingsFeedbackDiaryAndReminders() throws Exception {
        PairFixture f = new PairFixture(port, bootstrapServers, jdbc, 2, today.minusDays(60), today.plusDays(200));
        String mentor = f.mentorToken();
        UUID present = f.mentees.get(0);
        UUID absent = f.mentees.get(1);
        String meetings = "/api/pairing/pairs/" + f.pairId + "/meetings";
        String attendance = """
                [{"personId":"%s","present":true},{"personId":"%s","present":true},{"personId":"%s","present":false}]"""
                .formatted(f.mentor, present, absent);

        JsonNode outside = read(f.call(mentor, "POST", meetings, """
                {"type":"ACQUAINTANCE","startsAt":"%sT10:00","place":"Кабинет 12"}""".formatted(f.startsOn.minusDays(1))), 400);
        assertThat(outside.get("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(outside.get("errors").findValuesAsString("field")).containsExactly("startsAt");
        JsonNode badLink = read(f.call(mentor, "POST", meetings, """
                {"type":"MEETUP","startsAt":"%sT10:00","link":"javascript:alert(1)"}""".formatted(today)), 400);
        assertThat(badLink.get("errors").findValuesAsString("field")).contains("type", "link");
        assertThat(code(f.call(f.menteeToken(0), "POST", meetings, """
                {"type":"WORKING","startsAt":"%sT10:00","place":"Кабинет"}""".formatted(today)), 403)).isEqualTo("FORBIDDEN");
        assertThat(jdbc.sql("SELECT count(*) FROM pair_meeting WHERE pair_id = ?").param(f.pairId).query(Long.class).single())
                .isZero();

        LocalDateTime startsLocal = today.minusDays(3).atTime(15, 30);
        String place = "Кабинет 12, корпус 2; второй этаж — методический кабинет школы, вход со стороны спортивного зала";
        JsonNode meeting = read(f.call(mentor, "POST", meetings, """
                {"type":"ACQUAINTANCE","startsAt":"%s","durationMinutes":45,"place":"%s",
                 "link":"https://meet.example.ru/room?id=1,2","attendance":%s,"notes":"Обсудили запросы"}"""
                .formatted(startsLocal, place, attendance)), 201);
        UUID meetingId = UUID.fromString(meeting.get("id").asString());
        assertThat(meeting.get("held").asBoolean()).isTrue();
        assertThat(meeting.get("outstanding").asBoolean()).isTrue();
        assertThat(meeting.get("feedbackMissingFrom").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder(f.mentor.toString(), present.toString());

        // The calendar file, parsed back.
        HttpResponse<String> ics = f.call(f.menteeToken(1), "GET", "/api/pairing/meetings/" + meetingId + ".ics", null);
        assertThat(ics.statusCode()).isEqualTo(200);
        assertThat(ics.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
        String raw = ics.body();
        assertThat(raw).endsWith("\r\n");
        for (String physical : raw.split("\r\n")) {
            assertThat(physical.getBytes(StandardCharsets.UTF_8).length).as(physical).isLessThanOrEqualTo(75);
        }
        assertThat(raw).contains("\r\n ");
        List<String> lines = Arrays.asList(raw.replace("\r\n ", "").split("\r\n"));
        DateTimeFormatter utc = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
        String start = startsLocal.atZone(ZoneId.of("Europe/Moscow")).withZoneSameInstant(ZoneOffset.UTC).format(utc);
        String end = startsLocal.plusMinutes(45).atZone(ZoneId.of("Europe/Moscow")).withZoneSameInstant(ZoneOffset.UTC).format(utc);
        assertThat(lines.getFirst()).isEqualTo("BEGIN:VCALENDAR");
        assertThat(lines.getLast()).isEqualTo("END:VCALENDAR");
        assertThat(lines).contains("VERSION:2.0", "BEGIN:VEVENT", "END:VEVENT", "UID:" + meetingId + "@nastavnik.ru",
                "DTSTART:" + start, "DTEND:" + end, "SUMMARY:Встреча-знакомство наставнической пары",
                "LOCATION:Кабинет 12\\, корпус 2\\; второй этаж — методический кабинет школы\\, вход со стороны спортивного зала",
                "URL:https://meet.example.ru/room?id=1,2");
        assertThat(lines).anyMatch(l -> l.matches("DTSTAMP:\\d{8}T\\d{6}Z"));
        assertThat(f.call(f.strangerToken(), "GET", "/api/pairing/meetings/" + meetingId + ".ics", null).statusCode())
                .isEqualTo(403);

        // To-dos: the present mentee owes feedback, the absent one does not; the curator sees the meeting outstanding.
        assertThat(read(f.call(f.menteeToken(0), "GET", "/api/pairing/todos", null), 200).findValuesAsString("meetingId"))
                .containsExactly(meetingId.toString());
        assertThat(read(f.call(f.menteeToken(1), "GET", "/api/pairing/todos", null), 200)).isEmpty();
        JsonNode curatorTodos = read(f.call(f.curator(), "GET", "/api/pairing/todos", null), 200);
        assertThat(curatorTodos.findValuesAsString("kind")).containsExactly("FEEDBACK_OUTSTANDING");

        // Only the participant themself gives their feedback, once, within limits.
        String feedback = "/api/pairing/meetings/" + meetingId + "/feedback";
        String form = """
                {"usefulness":9,"wentWell":"Познакомились","difficulties":"Мало времени","nextSteps":"Составить план"}""";
        assertThat(code(f.call(f.strangerToken(), "POST", feedback, form), 403)).isEqualTo("FORBIDDEN");
        assertThat(code(f.call(f.menteeToken(1), "POST", feedback, form), 403)).isEqualTo("FORBIDDEN");
        assertThat(code(f.call(f.curator(), "POST", feedback, form), 403)).isEqualTo("FORBIDDEN");
        JsonNode tooLong = read(f.call(f.menteeToken(0), "POST", feedback, """
                {"usefulness":11,"wentWell":"%s"}""".formatted("а".repeat(2001))), 400);
        assertThat(tooLong.get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("usefulness", "wentWell");
        assertThat(jdbc.sql("SELECT count(*) FROM meeting_feedback WHERE meeting_id = ?").param(meetingId)
                .query(Long.class).single()).isZero();
        JsonNode given = read(f.call(f.menteeToken(0), "POST", feedback, form), 201);
        assertThat(given.get("personId").asString()).isEqualTo(present.toString());
        assertThat(code(f.call(f.menteeToken(0), "POST", feedback, form), 409)).isEqualTo("FEEDBACK_ALREADY_GIVEN");
        assertThat(read(f.call(f.menteeToken(0), "GET", "/api/pairing/todos", null), 200)).isEmpty();
        assertThat(read(f.call(mentor, "GET", "/api/pairing/todos", null), 200).findValuesAsString("kind"))
                .containsExactly("FEEDBACK");

        // The reminder job: the mentor's feedback is overdue; announced once however often the job runs.
        reminders.run();
        reminders.run();
        assertThat(jdbc.sql("SELECT count(*) FROM reminder_sent WHERE kind = 'FEEDBACK' AND subject_id = ?").param(meetingId)
                .query(Long.class).single()).isEqualTo(1L);
        assertThat(outboxCount(f.pairId, "ru.nastavnik.pairing.feedback-reminder-due.v1")).isEqualTo(1L);
        FeedbackReminderDue due = (FeedbackReminderDue) events(f.pairId, "feedback-reminder-due", 1).getFirst();
        assertThat(due.meetingId()).isEqualTo(meetingId);
        assertThat(due.personIds()).containsExactly(f.mentor);
        MeetingHeld held = (MeetingHeld) events(f.pairId, "meeting-held", 1).getFirst();
        assertThat(held.type()).isEqualTo(MeetingType.ACQUAINTANCE);
        assertThat(held.attended()).isEqualTo(2);
        assertThat(held.participants()).isEqualTo(3);
        FeedbackSubmitted submitted = (FeedbackSubmitted) events(f.pairId, "feedback-submitted", 1).getFirst();
        assertThat(submitted.meetingId()).isEqualTo(meetingId);
        assertThat(submitted.meetingType()).isEqualTo(MeetingType.ACQUAINTANCE);
        assertThat(submitted.meetingStartsAt()).isEqualTo(held.startsAt());
        assertThat(submitted.respondentSide()).isEqualTo("MENTEE");
        assertThat(submitted.organizationId()).isEqualTo(held.organizationId());
        assertThat(submitted.regionId()).isEqualTo(held.regionId());

        read(f.call(mentor, "POST", feedback, """
                {"usefulness":8,"wentWell":"Контакт налажен","difficulties":"","nextSteps":"Пробная встреча"}"""), 201);
        assertThat(read(f.call(mentor, "GET", meetings, null), 200).get(0).get("outstanding").asBoolean()).isFalse();
        // One event per form: the refused, invalid and repeated attempts above announced nothing.
        assertThat(outboxCount(f.pairId, "ru.nastavnik.pairing.feedback-submitted.v1")).isEqualTo(2L);
        assertThat(read(f.call(f.curator(), "GET", "/api/pairing/todos", null), 200)).isEmpty();

        // The diary: the meeting, then both forms, in time order; members and curators read it, nobody else.
        JsonNode diary = read(f.call(f.menteeToken(1), "GET", "/api/pairing/pairs/" + f.pairId + "/diary", null), 200);
        assertThat(diary.findValuesAsString("kind")).containsExactly("MEETING", "FEEDBACK", "FEEDBACK");
        assertThat(diary.get(1).get("personId").asString()).isEqualTo(present.toString());
        assertThat(diary.get(1).get("wentWell").asString()).isEqualTo("Познакомились");
        assertThat(diary.get(2).get("side").asString()).isEqualTo("MENTOR");
        assertThat(read(f.call(f.municipalCurator(), "GET", "/api/pairing/pairs/" + f.pairId + "/diary", null), 200)).hasSize(3);
        assertThat(code(f.call(f.strangerToken(), "GET", "/api/pairing/pairs/" + f.pairId + "/diary", null), 403))
                .isEqualTo("FORBIDDEN");
    }

    @Test
    void aPairWithoutMeetingsIsInactiveOncePerPeriod() throws Exception {
        PairFixture f = new PairFixture(port, bootstrapServers, jdbc, 1, today.minusDays(30), today.plusDays(100));
        PairFixture fresh = new PairFixture(port, bootstrapServers, jdbc, 1, today.minusDays(5), today.plusDays(100));

        JsonNode todos = read(f.call(f.curator(), "GET", "/api/pairing/todos", null), 200);
        assertThat(todos.findValuesAsString("kind")).containsExactly("PAIR_INACTIVE");
        assertThat(todos.get(0).get("pairId").asString()).isEqualTo(f.pairId.toString());
        assertThat(read(fresh.call(fresh.curator(), "GET", "/api/pairing/todos", null), 200)).isEmpty();
        assertThat(read(f.call(f.mentorToken(), "GET", "/api/pairing/todos", null), 200)).isEmpty();

        reminders.run();
        reminders.run();
        assertThat(outboxCount(f.pairId, "ru.nastavnik.pairing.pair-inactive.v1")).isEqualTo(1L);
        assertThat(outboxCount(fresh.pairId, "ru.nastavnik.pairing.pair-inactive.v1")).isZero();
        PairInactive inactive = (PairInactive) events(f.pairId, "pair-inactive", 1).getFirst();
        assertThat(inactive.lastActivityOn()).isEqualTo(f.startsOn);
        assertThat(inactive.inactiveDays()).isEqualTo(21);
        assertThat(inactive.mentorId()).isEqualTo(f.mentor);

        // A meeting ends the inactivity.
        read(f.call(f.mentorToken(), "POST", "/api/pairing/pairs/" + f.pairId + "/meetings", """
                {"type":"WORKING","startsAt":"%sT09:00:00+03:00","link":"https://meet.example.ru/x",
                 "attendance":[{"personId":"%s","present":true},{"personId":"%s","present":true}]}"""
                .formatted(today.minusDays(1), f.mentor, f.mentees.getFirst())), 201);
        assertThat(read(f.call(f.curator(), "GET", "/api/pairing/todos", null), 200).findValuesAsString("kind"))
                .doesNotContain("PAIR_INACTIVE");
    }

    private long outboxCount(UUID pairId, String type) {
        return jdbc.sql("SELECT count(*) FROM platform_outbox WHERE event_key = ? AND event_type = ?")
                .params(pairId.toString(), type).query(Long.class).single();
    }

    private List<IntegrationEvent> events(UUID pairId, String kind, int wanted) {
        String type = "ru.nastavnik.pairing." + kind + ".v1";
        List<ConsumerRecord<String, byte[]>> records = TestEvents.read(bootstrapServers, Topics.PAIRING,
                r -> r.key().equals(pairId.toString()) && type.equals(TestEvents.header(r, CloudEventHeaders.TYPE)), wanted,
                Duration.ofSeconds(60));
        assertThat(records).hasSize(wanted);
        for (ConsumerRecord<String, byte[]> record : records) {
            assertThat(new String(record.value(), StandardCharsets.UTF_8)).doesNotContain("name", "Name", "\"mentor\"");
        }
        return records.stream().map(r -> EventCodec.standard().decode(type, r.value())).toList();
    }
}
