package ru.nastavnik.participant;

import static ru.nastavnik.platform.testkit.TestHttp.read;
import static ru.nastavnik.platform.testkit.TestHttp.fields;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import ru.nastavnik.demo.DemoRegion;
import ru.nastavnik.events.CloudEventHeaders;
import ru.nastavnik.events.EventCatalog;
import ru.nastavnik.events.EventCodec;
import ru.nastavnik.events.Topics;
import ru.nastavnik.events.participant.MentorReadinessChanged;
import ru.nastavnik.events.participant.MentorTrainingCompleted;
import ru.nastavnik.events.participant.TeachingStaffCounted;
import ru.nastavnik.platform.testkit.RealInfrastructure;
import ru.nastavnik.platform.testkit.TestEvents;
import ru.nastavnik.platform.testkit.TestHttp;
import ru.nastavnik.platform.testkit.TestNames;
import ru.nastavnik.platform.testkit.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Selection and training of mentors: criteria, selection, trainings, readiness, the teaching staff count and the
 * mentors' share of it, the events (no names, no notes), bad input, and erasure on consent withdrawal. Each test
 * works in a fresh organization with its own curator, so the numbers are exact.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "nastavnik.demo.seed=true")
@RealInfrastructure
class MentorSelectionApiTest {

    private static final String MUNICIPAL = TestTokens.get().forUser("leningradsky.curator");

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();
    private final EventCodec codec = EventCodec.standard();

    @Test
    void criteriaSelectionTrainingReadinessAndFigures() throws Exception {
        UUID organization = organization();
        String curator = curatorOf(organization);
        String base = "/api/participants/organizations/" + organization;

        // No criteria of its own: the shipped defaults are offered; saving them makes them the organization's.
        JsonNode offered = read(call("GET", base + "/selection-criteria", null, curator), 200);
        assertThat(offered.get("defaults").asBoolean()).isTrue();
        assertThat(offered.get("criteria").findValuesAsString("text")).contains("Педагогический стаж не менее 5 лет",
                "Высшая или первая квалификационная категория", "Рекомендация методического совета");
        assertThat(offered.get("criteria").get(0).get("id").isNull()).isTrue();
        JsonNode saved = read(call("PUT", base + "/selection-criteria", """
                [{"text":"Стаж не менее 5 лет","required":true},
                 {"text":"Опыт руководства МО","weight":3},
                 {"text":"Рекомендация методического совета","weight":2}]""", curator), 200);
        assertThat(saved.get("defaults").asBoolean()).isFalse();
        assertThat(saved.get("criteria").findValuesAsString("text"))
                .containsExactly("Стаж не менее 5 лет", "Опыт руководства МО", "Рекомендация методического совета");
        String experience = saved.get("criteria").get(0).get("id").asString();
        String leadership = saved.get("criteria").get(1).get("id").asString();
        // Editing keeps ids of the criteria kept, drops the others.
        JsonNode edited = read(call("PUT", base + "/selection-criteria", "[{\"id\":\"" + leadership
                + "\",\"text\":\"Опыт руководства методическим объединением\",\"weight\":4},{\"id\":\"" + experience
                + "\",\"text\":\"Стаж не менее 5 лет\",\"required\":true}]", curator), 200);
        assertThat(edited.get("criteria").findValuesAsString("id")).containsExactly(leadership, experience);
        assertThat(edited.get("criteria").get(0).get("weight").asInt()).isEqualTo(4);
        assertThat(jdbc.sql("SELECT count(*) FROM selection_criterion WHERE organization_id = ?").param(organization)
                .query(Long.class).single()).isEqualTo(2);

        String nameA = TestNames.unique("Отборова Алла");
        UUID mentorA = register(organization, nameA, "MENTOR_CANDIDATE");
        UUID mentorB = register(organization, "Отборов Борис Ильич", "MENTOR_CANDIDATE");
        register(organization, "Наставляемая Вера Петровна", "MENTEE_CANDIDATE");

        JsonNode initial = read(call("GET", base + "/mentor-readiness", null, curator), 200);
        assertThat(initial.findValuesAsString("personId")).containsExactlyInAnyOrder(mentorA.toString(), mentorB.toString());
        assertThat(initial.findValuesAsString("status")).containsOnly("NOT_ASSESSED");
        assertThat(initial.toString()).doesNotContain(nameA);

        String notes = "Заметка собеседования " + UUID.randomUUID();
        String yesterday = LocalDate.now().minusDays(1).toString();
        JsonNode selection = read(call("PUT", person(mentorA) + "/selection", "{\"interviewDate\":\"" + yesterday
                + "\",\"interviewNotes\":\"" + notes + "\",\"criteria\":[{\"criterionId\":\"" + experience
                + "\",\"met\":true},{\"criterionId\":\"" + leadership + "\",\"met\":false}],\"decision\":\"SELECTED\","
                + "\"reason\":\"Соответствует обязательным критериям\"}", curator), 200);
        assertThat(selection.get("decision").asString()).isEqualTo("SELECTED");
        assertThat(selection.get("interviewer").asString()).isEqualTo("curator." + organization);
        assertThat(selection.get("criteria")).hasSize(2);
        assertThat(read(call("GET", person(mentorA) + "/selection", null, curator), 200).get("interviewNotes").asString())
                .isEqualTo(notes);
        assertThat(status(mentorA, curator)).isEqualTo("AWAITING_TRAINING");

        // The person reads their own outcome and trainings, never the interview notes.
        String self = TestTokens.get().withClaims(Map.of("preferred_username", "self." + mentorA, "roles", List.of("MENTOR"),
                "region_id", DemoRegion.REGION.id().toString(), "municipality_id", DemoRegion.LENINGRADSKY.id().toString(),
                "organization_ids", List.of(organization.toString()), "person_id", mentorA.toString()));
        HttpResponse<String> own = call("GET", person(mentorA) + "/selection", null, self);
        assertThat(read(own, 200).get("decision").asString()).isEqualTo("SELECTED");
        assertThat(own.body()).doesNotContain(notes);
        assertThat(json.readTree(own.body()).get("notesHidden").asBoolean()).isTrue();
        assertThat(call("PUT", person(mentorA) + "/selection", "{\"decision\":\"PENDING\"}", self).statusCode()).isEqualTo(403);
        assertThat(call("GET", person(mentorB) + "/selection", null, self).statusCode()).isEqualTo(403);

        String today = LocalDate.now().toString();
        JsonNode training = read(call("POST", person(mentorA) + "/training", "{\"courseTitle\":\"Наставничество в ОО\","
                + "\"provider\":\"ИРО Краснодарского края\",\"hours\":36,\"completedOn\":\"" + today
                + "\",\"certificateReference\":\"Удостоверение № 231200012345\"}", curator), 201);
        assertThat(training.get("recordedBy").asString()).isEqualTo("curator." + organization);
        assertThat(status(mentorA, curator)).isEqualTo("READY");
        assertThat(read(call("GET", person(mentorA) + "/training", null, self), 200)).hasSize(1);

        // Figures: no staff count yet, then the share computed from the rows.
        JsonNode figures = read(call("GET", base + "/figures", null, curator), 200);
        assertThat(figures.get("teachingStaff").isNull()).isTrue();
        assertThat(figures.get("mentorsShareOfTeachingStaff").isNull()).isTrue();
        assertThat(figures.get("mentorShareTargetMet").isNull()).isTrue();
        assertThat(figures.get("mentorShareTarget").decimalValue()).isEqualByComparingTo("5.0");
        assertThat(figures.get("readyMentors").asLong()).isEqualTo(1);
        assertThat(figures.get("mentors").asLong()).isEqualTo(2);

        String year = currentAcademicYear();
        read(call("PUT", base + "/teaching-staff", "{\"academicYear\":\"" + year + "\",\"teachingStaff\":45}", curator), 200);
        long mentorRows = jdbc.sql("SELECT count(*) FROM person WHERE organization_id = ? AND programme_role = 'MENTOR_CANDIDATE'")
                .param(organization).query(Long.class).single();
        figures = read(call("GET", base + "/figures", null, curator), 200);
        assertThat(figures.get("teachingStaff").asInt()).isEqualTo(45);
        assertThat(figures.get("academicYear").asString()).isEqualTo(year);
        assertThat(figures.get("mentorsShareOfTeachingStaff").decimalValue())
                .isEqualByComparingTo(BigDecimal.valueOf(mentorRows * 100).divide(BigDecimal.valueOf(45), 1, RoundingMode.HALF_UP))
                .isEqualByComparingTo("4.4");
        assertThat(figures.get("mentorShareTargetMet").asBoolean()).isFalse();
        read(call("PUT", base + "/teaching-staff", "{\"academicYear\":\"" + year + "\",\"teachingStaff\":40}", curator), 200);
        figures = read(call("GET", base + "/figures", null, curator), 200);
        assertThat(figures.get("mentorsShareOfTeachingStaff").decimalValue()).isEqualByComparingTo("5.0");
        assertThat(figures.get("mentorShareTargetMet").asBoolean()).isTrue();
        assertThat(read(call("GET", base + "/teaching-staff", null, curator), 200).findValuesAsString("teachingStaff"))
                .containsExactly("40", "45");
        // The regional institute sees the figures, no names.
        JsonNode regional = read(call("GET", base + "/figures", null, TestTokens.get().forUser("region.admin")), 200);
        assertThat(regional.get("readyMentors").asLong()).isEqualTo(1);

        // Explicit confirmation stands in for training, only for a selected candidate.
        assertThat(read(call("PUT", person(mentorB) + "/readiness-confirmation", "{\"reason\":\"Курсы 2024 года\"}", curator), 409)
                .get("code").asString()).isEqualTo("NOT_SELECTED");
        read(call("PUT", person(mentorB) + "/selection", "{\"interviewDate\":\"" + yesterday + "\",\"decision\":\"SELECTED\"}",
                curator), 200);
        assertThat(read(call("PUT", person(mentorB) + "/readiness-confirmation", "{\"reason\":\" \"}", curator), 400)
                .get("errors").findValuesAsString("field")).containsExactly("reason");
        JsonNode confirmed = read(call("PUT", person(mentorB) + "/readiness-confirmation",
                "{\"reason\":\"Прошла курсы наставников в 2024 году, удостоверение в личном деле\"}", curator), 200);
        assertThat(confirmed.get("status").asString()).isEqualTo("READY_CONFIRMED");
        assertThat(confirmed.get("ready").asBoolean()).isTrue();
        assertThat(read(call("GET", base + "/figures", null, curator), 200).get("readyMentors").asLong()).isEqualTo(2);

        // Deleting the only training (with a reason) takes readiness back.
        String trainingPath = person(mentorA) + "/training/" + training.get("id").asString();
        assertThat(fields(read(call("DELETE", trainingPath, "{\"reason\":\"\"}", curator), 400))).containsExactly("reason");
        assertThat(call("DELETE", trainingPath, "{\"reason\":\"Ошибочная запись\"}", curator).statusCode()).isEqualTo(204);
        assertThat(call("DELETE", trainingPath, "{\"reason\":\"Ошибочная запись\"}", curator).statusCode()).isEqualTo(404);
        assertThat(status(mentorA, curator)).isEqualTo("AWAITING_TRAINING");
        assertThat(read(call("GET", person(mentorA) + "/training", null, curator), 200)).isEmpty();
        assertThat(read(call("GET", base + "/figures", null, curator), 200).get("readyMentors").asLong()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT deletion_reason FROM mentor_training WHERE person_id = ?").param(mentorA)
                .query(String.class).single()).isEqualTo("Ошибочная запись");

        // Events: training completed once, readiness AWAITING_TRAINING → READY → AWAITING_TRAINING; no name, no notes.
        String trainingType = EventCatalog.typeOf(MentorTrainingCompleted.class);
        List<ConsumerRecord<String, byte[]>> trained = events(mentorA.toString(), trainingType, 1);
        MentorTrainingCompleted completed = (MentorTrainingCompleted) codec.decode(trainingType, trained.get(0).value());
        assertThat(completed.organizationId()).isEqualTo(organization);
        assertThat(completed.municipalityId()).isEqualTo(DemoRegion.LENINGRADSKY.id());
        assertThat(completed.regionId()).isEqualTo(DemoRegion.REGION.id());
        assertThat(completed.hours()).isEqualTo(36);
        assertThat(completed.completedOn()).isEqualTo(LocalDate.now());
        assertThat(completed.courseTitle()).isEqualTo("Наставничество в ОО");
        String readinessType = EventCatalog.typeOf(MentorReadinessChanged.class);
        List<ConsumerRecord<String, byte[]>> changes = events(mentorA.toString(), readinessType, 3);
        assertThat(changes.stream().map(r -> ((MentorReadinessChanged) codec.decode(readinessType, r.value())).status()))
                .containsExactly("AWAITING_TRAINING", "READY", "AWAITING_TRAINING");
        assertThat(((MentorReadinessChanged) codec.decode(readinessType, changes.get(1).value())).ready()).isTrue();
        for (ConsumerRecord<String, byte[]> r : List.of(trained.get(0), changes.get(0), changes.get(1), changes.get(2))) {
            String payload = new String(r.value(), StandardCharsets.UTF_8);
            assertThat(payload).doesNotContain(nameA, notes, "231200012345");
        }
        String staffType = EventCatalog.typeOf(TeachingStaffCounted.class);
        List<ConsumerRecord<String, byte[]>> counted = events(organization.toString(), staffType, 2);
        assertThat(counted.stream().map(r -> ((TeachingStaffCounted) codec.decode(staffType, r.value())).teachingStaff()))
                .containsExactly(45, 40);
        assertThat(((TeachingStaffCounted) codec.decode(staffType, counted.get(0).value())).academicYear()).isEqualTo(year);
    }

    @Test
    void badInputIsRejectedWithFieldErrorsAndStoresNothing() throws Exception {
        UUID organization = organization();
        String curator = curatorOf(organization);
        String base = "/api/participants/organizations/" + organization;
        UUID mentor = register(organization, "Ошибкина Ольга Павловна", "MENTOR_CANDIDATE");
        UUID mentee = register(organization, "Ошибкин Олег Павлович", "MENTEE_CANDIDATE");
        String today = LocalDate.now().toString();
        String training = person(mentor) + "/training";

        assertThat(fields(read(call("POST", training, training("Курс", 0, today), curator), 400))).containsExactly("hours");
        JsonNode tooMany = read(call("POST", training, training("Курс", 501, today), curator), 400);
        assertThat(tooMany.get("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(tooMany.get("errors").get(0).get("message").asString()).isEqualTo("от 1 до 500 часов");
        JsonNode future = read(call("POST", training, training("Курс", 10, LocalDate.now().plusDays(2).toString()), curator), 400);
        assertThat(fields(future)).containsExactly("completedOn");
        assertThat(future.get("errors").get(0).get("message").asString()).isEqualTo("не может быть в будущем");
        assertThat(fields(read(call("POST", training, training("Курс", 10, "1999-12-31"), curator), 400)))
                .containsExactly("completedOn");
        assertThat(fields(read(call("POST", training, training("Курс", 10, "2025-02-30"), curator), 400)))
                .containsExactly("completedOn");
        assertThat(fields(read(call("POST", training, "{\"courseTitle\":\" \",\"hours\":null,\"completedOn\":\"\"}", curator), 400)))
                .containsExactly("courseTitle", "hours", "completedOn");
        assertThat(read(call("POST", training, "{\"courseTitle\":\"Курс\",\"hours\":\"много\",\"completedOn\":\"" + today + "\"}",
                curator), 400).get("status").asInt()).isEqualTo(400);
        assertThat(read(call("POST", person(mentee) + "/training", training("Курс", 10, today), curator), 409)
                .get("code").asString()).isEqualTo("NOT_A_MENTOR_CANDIDATE");
        assertThat(count("mentor_training", mentor)).isZero();

        read(call("POST", training, training("Курс наставников", 72, today), curator), 201);
        JsonNode duplicate = read(call("POST", training, training("курс НАСТАВНИКОВ", 36, today), curator), 409);
        assertThat(duplicate.get("code").asString()).isEqualTo("TRAINING_ALREADY_RECORDED");
        assertThat(duplicate.get("detail").asString()).contains("уже записано");
        assertThat(count("mentor_training", mentor)).isEqualTo(1);
        assertThat(call("DELETE", training + "/" + UUID.randomUUID(), "{\"reason\":\"ошибка\"}", curator).statusCode())
                .isEqualTo(404);

        // Selection.
        String selection = person(mentor) + "/selection";
        JsonNode unknownDecision = read(call("PUT", selection, "{\"interviewDate\":\"" + today + "\",\"decision\":\"MAYBE\"}", curator), 400);
        assertThat(fields(unknownDecision)).containsExactly("decision");
        assertThat(unknownDecision.get("errors").get(0).get("message").asString()).startsWith("неизвестное решение");
        assertThat(fields(read(call("PUT", selection, "{\"interviewDate\":\"" + LocalDate.now().plusDays(3)
                + "\",\"decision\":\"SELECTED\"}", curator), 400))).containsExactly("interviewDate");
        assertThat(fields(read(call("PUT", selection, "{\"interviewDate\":\"" + today + "\",\"decision\":\"REJECTED\"}", curator), 400)))
                .containsExactly("reason");
        assertThat(fields(read(call("PUT", selection, "{\"interviewDate\":\"" + today + "\",\"decision\":\"SELECTED\","
                + "\"criteria\":[{\"criterionId\":\"" + UUID.randomUUID() + "\",\"met\":true},{\"criterionId\":\"nope\",\"met\":true}]}",
                curator), 400))).containsExactly("criteria[0].criterionId", "criteria[1].criterionId");
        assertThat(fields(read(call("PUT", selection, "{\"decision\":\"SELECTED\"}", curator), 400))).containsExactly("interviewDate");
        assertThat(read(call("PUT", person(mentee) + "/selection", "{\"decision\":\"PENDING\"}", curator), 409)
                .get("code").asString()).isEqualTo("NOT_A_MENTOR_CANDIDATE");
        assertThat(count("mentor_selection", mentor)).isZero();
        assertThat(status(mentor, curator)).isEqualTo("NOT_ASSESSED");

        // Criteria.
        JsonNode criteria = read(call("PUT", base + "/selection-criteria", "[{\"id\":\"" + UUID.randomUUID()
                + "\",\"text\":\"Стаж\",\"required\":true},{\"text\":\"\",\"weight\":3},{\"text\":\"Рекомендация\",\"weight\":11},"
                + "{\"text\":\"Без веса\"},{\"text\":\"Рекомендация\",\"weight\":2}]", curator), 400);
        assertThat(fields(criteria)).containsExactly("[0].id", "[1].text", "[2].weight", "[3].weight", "[4].text");
        assertThat(jdbc.sql("SELECT count(*) FROM selection_criterion WHERE organization_id = ?").param(organization)
                .query(Long.class).single()).isZero();
        // A criterion of another organization is unknown here.
        UUID other = organization();
        String otherId = read(call("PUT", "/api/participants/organizations/" + other + "/selection-criteria",
                "[{\"text\":\"Стаж\",\"required\":true}]", curatorOf(other)), 200).get("criteria").get(0).get("id").asString();
        assertThat(fields(read(call("PUT", base + "/selection-criteria", "[{\"id\":\"" + otherId + "\",\"text\":\"Стаж\",\"required\":true}]",
                curator), 400))).containsExactly("[0].id");
        assertThat(fields(read(call("PUT", selection, "{\"interviewDate\":\"" + today + "\",\"decision\":\"SELECTED\","
                + "\"criteria\":[{\"criterionId\":\"" + otherId + "\",\"met\":true}]}", curator), 400)))
                .containsExactly("criteria[0].criterionId");

        // Teaching staff.
        String staff = base + "/teaching-staff";
        assertThat(fields(read(call("PUT", staff, "{\"academicYear\":\"2025/2027\",\"teachingStaff\":40}", curator), 400)))
                .containsExactly("academicYear");
        assertThat(fields(read(call("PUT", staff, "{\"academicYear\":\"25/26\",\"teachingStaff\":40}", curator), 400)))
                .containsExactly("academicYear");
        int next = Integer.parseInt(currentAcademicYear().substring(0, 4)) + 1;
        assertThat(fields(read(call("PUT", staff, "{\"academicYear\":\"" + next + "/" + (next + 1) + "\",\"teachingStaff\":40}",
                curator), 400))).containsExactly("academicYear");
        assertThat(fields(read(call("PUT", staff, "{\"academicYear\":\"" + currentAcademicYear() + "\",\"teachingStaff\":0}",
                curator), 400))).containsExactly("teachingStaff");
        assertThat(fields(read(call("PUT", staff, "{\"academicYear\":\"" + currentAcademicYear() + "\"}", curator), 400)))
                .containsExactly("teachingStaff");
        assertThat(jdbc.sql("SELECT count(*) FROM teaching_staff_count WHERE organization_id = ?").param(organization)
                .query(Long.class).single()).isZero();
        assertThat(read(call("GET", base + "/figures", null, curator), 200).get("teachingStaff").isNull()).isTrue();
    }

    @Test
    void withdrawingConsentToProcessingErasesNotesAndCertificatesButKeepsHoursAndReadiness() throws Exception {
        UUID organization = organization();
        String curator = curatorOf(organization);
        UUID mentor = register(organization, "Стиранова Зоя Львовна", "MENTOR_CANDIDATE");
        String secret = "Личное " + UUID.randomUUID();
        String yesterday = LocalDate.now().minusDays(1).toString();
        read(call("PUT", person(mentor) + "/selection", "{\"interviewDate\":\"" + yesterday + "\",\"interviewNotes\":\"" + secret
                + " — волнуется на открытых уроках\",\"decision\":\"SELECTED\",\"reason\":\"" + secret + "\"}", curator), 200);
        read(call("POST", person(mentor) + "/training", "{\"courseTitle\":\"Школа наставника\",\"hours\":24,\"completedOn\":\""
                + yesterday + "\",\"certificateReference\":\"Сертификат " + secret + "\"}", curator), 201);
        read(call("POST", person(mentor) + "/consents", "{\"scope\":\"PERSONAL_DATA_PROCESSING\",\"grantedOn\":\"" + yesterday
                + "\",\"documentReference\":\"Согласие № 3\"}", MUNICIPAL), 201);
        assertThat(jdbc.sql("SELECT count(*) FROM mentor_selection WHERE interview_notes LIKE ?").param("%" + secret + "%")
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM mentor_training WHERE certificate_reference LIKE ?").param("%" + secret + "%")
                .query(Long.class).single()).isEqualTo(1);

        read(call("POST", person(mentor) + "/consents/PERSONAL_DATA_PROCESSING/withdrawal",
                "{\"withdrawnOn\":\"" + LocalDate.now() + "\"}", MUNICIPAL), 200);

        for (String column : List.of("mentor_selection.interview_notes", "mentor_selection.reason",
                "mentor_training.certificate_reference")) {
            String[] tc = column.split("\\.");
            assertThat(jdbc.sql("SELECT count(*) FROM " + tc[0] + " WHERE " + tc[1] + " LIKE ?").param("%" + secret + "%")
                    .query(Long.class).single()).as(column).isZero();
        }
        JsonNode selection = read(call("GET", person(mentor) + "/selection", null, curator), 200);
        assertThat(selection.get("interviewNotes").isNull()).isTrue();
        assertThat(selection.get("decision").asString()).isEqualTo("SELECTED");
        JsonNode trainings = read(call("GET", person(mentor) + "/training", null, curator), 200);
        assertThat(trainings).hasSize(1);
        assertThat(trainings.get(0).get("certificateReference").isNull()).isTrue();
        assertThat(trainings.get(0).get("hours").asInt()).isEqualTo(24);
        assertThat(trainings.get(0).get("completedOn").asString()).isEqualTo(yesterday);
        assertThat(status(mentor, curator)).isEqualTo("READY");
    }

    private List<ConsumerRecord<String, byte[]>> events(String key, String type, int expected) {
        List<ConsumerRecord<String, byte[]>> records = TestEvents.read(bootstrapServers, Topics.PARTICIPANT,
                r -> r.key().equals(key) && type.equals(TestEvents.header(r, CloudEventHeaders.TYPE)), expected,
                Duration.ofSeconds(60));
        assertThat(records).hasSize(expected);
        return records;
    }

    private long count(String table, UUID person) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE person_id = ?").param(person).query(Long.class).single();
    }

    private String status(UUID person, String token) throws Exception {
        return read(call("GET", person(person) + "/readiness", null, token), 200).get("status").asString();
    }

    private static String training(String title, int hours, String completedOn) {
        return "{\"courseTitle\":\"" + title + "\",\"hours\":" + hours + ",\"completedOn\":\"" + completedOn + "\"}";
    }

    private static String currentAcademicYear() {
        LocalDate now = LocalDate.now();
        int start = now.getMonthValue() >= 9 ? now.getYear() : now.getYear() - 1;
        return start + "/" + (start + 1);
    }

    /** A school curator acting for the organization only. */
    private static String curatorOf(UUID organization) {
        return TestTokens.get().withClaims(Map.of("preferred_username", "curator." + organization,
                "roles", List.of("SCHOOL_CURATOR"), "region_id", DemoRegion.REGION.id().toString(),
                "municipality_id", DemoRegion.LENINGRADSKY.id().toString(), "organization_ids", List.of(organization.toString())));
    }

    private UUID organization() throws Exception {
        return id(read(call("POST", "/api/participants/municipalities/" + DemoRegion.LENINGRADSKY.id() + "/organizations",
                "{\"name\":\"МБОУ СОШ № 50 " + UUID.randomUUID() + "\",\"type\":\"SCHOOL\"}", MUNICIPAL), 201));
    }

    private UUID register(UUID organization, String name, String role) throws Exception {
        return id(read(call("POST", "/api/participants/organizations/" + organization + "/people",
                "{\"fullName\":\"" + name + "\",\"position\":\"учитель\",\"subjects\":[\"математика\"],"
                        + "\"yearsOfExperience\":12,\"programmeRole\":\"" + role + "\"}", MUNICIPAL), 201));
    }

    private static String person(UUID id) {
        return "/api/participants/people/" + id;
    }

    private static UUID id(JsonNode body) {
        return UUID.fromString(body.get("id").asString());
    }

    private HttpResponse<String> call(String method, String path, String body, String token) throws Exception {
        return TestHttp.send("http://localhost:" + port, method, path, body, token);
    }
}
