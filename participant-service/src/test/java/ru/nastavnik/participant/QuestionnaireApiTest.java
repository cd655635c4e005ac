package ru.nastavnik.participant;

import static ru.nastavnik.platform.testkit.TestHttp.read;
import static ru.nastavnik.platform.testkit.TestHttp.fields;
import static org.assertj.core.api.Assertions.assertThat;

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
import ru.nastavnik.events.participant.ProgrammeRole;
import ru.nastavnik.events.participant.QuestionnairePurpose;
import ru.nastavnik.events.participant.QuestionnaireSubmitted;
import ru.nastavnik.platform.testkit.RealInfrastructure;
import ru.nastavnik.platform.testkit.TestEvents;
import ru.nastavnik.platform.testkit.TestHttp;
import ru.nastavnik.platform.testkit.TestNames;
import ru.nastavnik.platform.testkit.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Questionnaires as versioned data: the Russian defaults, copies and their versions, submissions by the person and
 * by the curator from paper, strict validation that stores nothing on bad input, the event without free text or
 * names, and erasure of free text on withdrawal of consent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "nastavnik.demo.seed=true")
@RealInfrastructure
class QuestionnaireApiTest {

    static final UUID MENTOR_FORM = UUID.fromString("00000000-0000-4000-9000-000000000001");
    static final UUID MENTEE_FORM = UUID.fromString("00000000-0000-4000-9000-000000000002");
    static final UUID NETWORKING_FORM = UUID.fromString("00000000-0000-4000-9000-000000000003");

    private static final String CURATOR = TestTokens.get().forUser("leningradsky.curator");

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();
    private final EventCodec codec = EventCodec.standard();

    @Test
    void theDefaultFormsAreThereInRussianWithTheTaxonomyAsCompetencies() throws Exception {
        JsonNode forms = read(call("GET", "/api/participants/organizations/" + DemoRegion.SCHOOL_1.id() + "/questionnaires",
                null, TestTokens.get().forUser("school1.mentee")), 200);
        assertThat(forms.findValuesAsString("title")).contains("Анкета кандидата в наставники", "Анкета наставляемого",
                "Анкета участника нетворкинг-встречи");
        JsonNode mentor = read(call("GET", "/api/participants/questionnaires/" + MENTOR_FORM, null, CURATOR), 200);
        assertThat(mentor.get("purpose").asString()).isEqualTo("MENTOR_CANDIDATE");
        assertThat(mentor.get("shipped").asBoolean()).isTrue();
        assertThat(mentor.get("organizationId").isNull()).isTrue();
        assertThat(mentor.get("version").asInt()).isEqualTo(1);
        assertThat(mentor.get("questions").findValuesAsString("type"))
                .contains("SINGLE_CHOICE", "MULTIPLE_CHOICE", "SCALE", "FREE_TEXT");
        assertThat(question(mentor, "READINESS").get("text").asString()).contains("готовность");
        assertThat(question(mentor, "FORMATS").get("options").findValuesAsString("code"))
                .contains("TRADITIONAL", "SHORT_TERM", "SITUATIONAL", "SPEED", "GROUP", "VIRTUAL", "REVERSE");
        assertThat(question(mentor, "ROLE_MODELS").get("options").findValuesAsString("label"))
                .contains("Учитель – учитель", "Руководитель – учитель", "Ученик – ученик", "Студент – ученик");
        List<String> taxonomy = read(call("GET", "/api/participants/taxonomy", null, CURATOR), 200).get("topics")
                .findValuesAsString("code");
        assertThat(question(mentor, "COMPETENCIES").get("options").findValuesAsString("code"))
                .isNotEmpty().isSubsetOf(taxonomy).containsAll(List.of("METHODS_SUBJECT", "DISCIPLINE", "SELF_EDUCATION"));
        JsonNode mentee = read(call("GET", "/api/participants/questionnaires/" + MENTEE_FORM, null, CURATOR), 200);
        assertThat(mentee.get("title").asString()).isEqualTo("Анкета наставляемого");
        assertThat(question(mentee, "DIFFICULTIES").get("required").asBoolean()).isTrue();
        JsonNode networking = read(call("GET", "/api/participants/questionnaires/" + NETWORKING_FORM, null, CURATOR), 200);
        assertThat(question(networking, "PREFERRED_MENTORS").get("type").asString()).isEqualTo("RANKED_PEOPLE");
        assertThat(question(networking, "PREFERRED_MENTORS").get("rankedRole").asString()).isEqualTo("MENTOR_CANDIDATE");
        assertThat(question(networking, "PREFERRED_MENTEES").get("rankedRole").asString()).isEqualTo("MENTEE_CANDIDATE");
        assertThat(read(call("GET", "/api/participants/questionnaires/" + UUID.randomUUID(), null, CURATOR), 404)
                .get("code").asString()).isEqualTo("QUESTIONNAIRE_NOT_FOUND");
    }

    @Test
    void aCopyIsEditedInPlaceUntilAnsweredThenEveryEditIsANewVersionAndOldSubmissionsKeepTheirs() throws Exception {
        UUID organization = organization();
        UUID mentee = register(organization, "Копиева Дарья Олеговна", "MENTEE_CANDIDATE");
        String list = "/api/participants/organizations/" + organization + "/questionnaires";
        JsonNode copy = read(call("POST", list, "{\"sourceFormId\":\"" + MENTEE_FORM + "\",\"title\":\"Анкета молодого педагога\"}",
                CURATOR), 201);
        UUID copyId = UUID.fromString(copy.get("id").asString());
        assertThat(copy.get("basedOn").asString()).isEqualTo(MENTEE_FORM.toString());
        assertThat(copy.get("organizationId").asString()).isEqualTo(organization.toString());
        assertThat(copy.get("shipped").asBoolean()).isFalse();
        assertThat(copy.get("version").asInt()).isEqualTo(1);
        assertThat(copy.get("revision").asInt()).isEqualTo(1);
        assertThat(read(call("GET", list, null, CURATOR), 200).findValuesAsString("id"))
                .contains(copyId.toString(), MENTEE_FORM.toString(), MENTOR_FORM.toString(), NETWORKING_FORM.toString());
        assertThat(read(call("GET", "/api/participants/organizations/" + DemoRegion.SCHOOL_1.id() + "/questionnaires", null,
                CURATOR), 200).findValuesAsString("id")).doesNotContain(copyId.toString());

        String form = "/api/participants/questionnaires/" + copyId;
        // Not answered yet: the edit replaces version 1.
        JsonNode edited = read(call("PUT", form, edit(1, "Анкета молодого педагога", "Сколько лет вы работаете в школе?"),
                CURATOR), 200);
        assertThat(edited.get("version").asInt()).isEqualTo(1);
        assertThat(edited.get("revision").asInt()).isEqualTo(2);
        assertThat(question(edited, "YEARS").get("text").asString()).isEqualTo("Сколько лет вы работаете в школе?");
        // Stale: somebody else already saved revision 2.
        JsonNode stale = read(call("PUT", form, edit(1, "Другая", "Другой вопрос"), CURATOR), 409);
        assertThat(stale.get("code").asString()).isEqualTo("QUESTIONNAIRE_CHANGED");
        assertThat(read(call("GET", form, null, CURATOR), 200).get("title").asString()).isEqualTo("Анкета молодого педагога");
        // Invalid content changes nothing.
        JsonNode invalid = read(call("PUT", form, """
                {"revision":2,"title":" ","questions":[
                  {"code":"A1","type":"SINGLE_CHOICE","text":"Вопрос","options":[{"code":"ONLY","label":"Один"}]},
                  {"code":"A1","type":"ESSAY","text":"Вопрос"},
                  {"code":"bad code","type":"SCALE","text":""},
                  {"code":"R1","type":"RANKED_PEOPLE","text":"Кого?","maxRanks":11,"rankedRole":"BOSS"}]}
                """, CURATOR), 400);
        assertThat(fields(invalid)).containsExactlyInAnyOrder("title", "questions[0].options", "questions[1].code",
                "questions[1].type", "questions[2].code", "questions[2].text", "questions[3].maxRanks", "questions[3].rankedRole");
        assertThat(read(call("GET", form, null, CURATOR), 200).get("revision").asInt()).isEqualTo(2);

        JsonNode first = read(call("POST", submissions(mentee), "{\"formId\":\"" + copyId + "\",\"formVersion\":1,\"answers\":"
                + "{\"YEARS\":{\"choice\":\"UNDER_3\"},\"CONFIDENCE\":{\"scale\":4}}}", CURATOR), 201);
        assertThat(first.get("formVersion").asInt()).isEqualTo(1);

        // Answered: the next edit is version 2; version 1 and its submission stay as they were.
        JsonNode second = read(call("PUT", form, edit(2, "Анкета молодого педагога, 2-я редакция", "Ваш педагогический стаж?"),
                CURATOR), 200);
        assertThat(second.get("version").asInt()).isEqualTo(2);
        assertThat(second.get("revision").asInt()).isEqualTo(3);
        JsonNode v1 = read(call("GET", form + "/versions/1", null, CURATOR), 200);
        assertThat(v1.get("title").asString()).isEqualTo("Анкета молодого педагога");
        assertThat(question(v1, "YEARS").get("text").asString()).isEqualTo("Сколько лет вы работаете в школе?");
        assertThat(question(read(call("GET", form + "/versions/2", null, CURATOR), 200), "YEARS").get("text").asString())
                .isEqualTo("Ваш педагогический стаж?");
        JsonNode mine = read(call("GET", submissions(mentee), null, CURATOR), 200);
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).get("formVersion").asInt()).isEqualTo(1);
        assertThat(mine.get(0).get("formTitle").asString()).isEqualTo("Анкета молодого педагога");
        // A submission against the old version after the change is refused.
        assertThat(read(call("POST", submissions(mentee), "{\"formId\":\"" + copyId + "\",\"formVersion\":1,\"answers\":"
                + "{\"YEARS\":{\"choice\":\"UNDER_3\"},\"CONFIDENCE\":{\"scale\":4}}}", CURATOR), 409).get("code").asString())
                .isEqualTo("QUESTIONNAIRE_VERSION_CHANGED");
        JsonNode third = read(call("PUT", form, edit(3, "Анкета молодого педагога", "Стаж?"), CURATOR), 200);
        assertThat(third.get("version").asInt()).as("version 2 has no submissions yet").isEqualTo(2);

        // Archived: no longer listed nor filled; its submissions stay.
        assertThat(read(call("POST", form + "/archive", "{\"revision\":3}", CURATOR), 409).get("code").asString())
                .isEqualTo("QUESTIONNAIRE_CHANGED");
        assertThat(read(call("POST", form + "/archive", "{\"revision\":4}", CURATOR), 200).get("state").asString())
                .isEqualTo("ARCHIVED");
        assertThat(read(call("GET", list, null, CURATOR), 200).findValuesAsString("id")).doesNotContain(copyId.toString());
        assertThat(read(call("POST", submissions(mentee), "{\"formId\":\"" + copyId + "\",\"formVersion\":2,\"answers\":"
                + "{\"YEARS\":{\"choice\":\"UNDER_3\"},\"CONFIDENCE\":{\"scale\":4}}}", CURATOR), 409).get("code").asString())
                .isEqualTo("QUESTIONNAIRE_ARCHIVED");
        assertThat(read(call("GET", submissions(mentee), null, CURATOR), 200)).hasSize(1);
        assertThat(read(call("POST", "/api/participants/questionnaires/" + MENTEE_FORM + "/archive", "{\"revision\":1}",
                CURATOR), 409).get("code").asString()).isEqualTo("DEFAULT_QUESTIONNAIRE_READ_ONLY");

        // The defaults are read-only.
        JsonNode readOnly = read(call("PUT", "/api/participants/questionnaires/" + MENTEE_FORM, edit(1, "Моя", "Вопрос"),
                CURATOR), 409);
        assertThat(readOnly.get("code").asString()).isEqualTo("DEFAULT_QUESTIONNAIRE_READ_ONLY");
        assertThat(read(call("GET", "/api/participants/questionnaires/" + MENTEE_FORM, null, CURATOR), 200)
                .get("title").asString()).isEqualTo("Анкета наставляемого");
    }

    @Test
    void thePersonAndTheCuratorSubmitAndTheEventCarriesNoFreeTextAndNoName() throws Exception {
        UUID organization = organization();
        String name = TestNames.unique("Анкетова Вера");
        UUID mentee = register(organization, name, "MENTEE_CANDIDATE");
        UUID mentorHere = register(organization, TestNames.unique("Наставникова Алла"), "MENTOR_CANDIDATE");
        UUID mentorThere = DemoRegion.MENTOR_SCHOOL_1.id();
        String secret = "Мне трудно с 7 «Б», " + name;

        JsonNode own = read(call("POST", submissions(mentee), menteeAnswers(secret), tokenOf(mentee, organization)), 201);
        assertThat(own.get("onBehalf").asBoolean()).isFalse();
        assertThat(own.get("submittedBy").asString()).isEqualTo("questionnaire.person");
        assertThat(own.get("formVersion").asInt()).isEqualTo(1);

        JsonNode paper = read(call("POST", submissions(mentee), """
                {"formId":"%s","formVersion":1,"answers":{
                  "PARTICIPANT_ROLE":{"choice":"MENTEE"},
                  "PREFERRED_MENTORS":{"ranked":[{"personId":"%s","rank":2},{"personId":"%s","rank":1}]},
                  "REASONS":{"text":"%s"},
                  "MEETING_USEFULNESS":{"scale":9}}}
                """.formatted(NETWORKING_FORM, mentorThere, mentorHere, secret), CURATOR), 201);
        assertThat(paper.get("onBehalf").asBoolean()).isTrue();
        assertThat(paper.get("submittedBy").asString()).isEqualTo("leningradsky.curator");

        JsonNode listed = read(call("GET", submissions(mentee), null, tokenOf(mentee, organization)), 200);
        assertThat(listed).hasSize(2);
        JsonNode summary = read(call("GET", "/api/participants/organizations/" + organization + "/questionnaire-submissions",
                null, CURATOR), 200);
        assertThat(summary.get("submissions").findValuesAsString("personName")).containsOnly(name);
        assertThat(summary.get("forms").findValuesAsString("formCode")).containsExactlyInAnyOrder("MENTEE", "NETWORKING_PREFERENCE");

        String type = EventCatalog.typeOf(QuestionnaireSubmitted.class);
        assertThat(type).isEqualTo("ru.nastavnik.participant.questionnaire-submitted.v1");
        List<ConsumerRecord<String, byte[]>> records = TestEvents.read(bootstrapServers, Topics.PARTICIPANT,
                r -> mentee.toString().equals(r.key()) && type.equals(TestEvents.header(r, CloudEventHeaders.TYPE)),
                2, Duration.ofSeconds(60));
        assertThat(records).hasSize(2);
        for (ConsumerRecord<String, byte[]> record : records) {
            String body = new String(record.value(), StandardCharsets.UTF_8);
            assertThat(body).doesNotContain("Мне трудно").doesNotContain(name).doesNotContain("Анкетова");
        }
        QuestionnaireSubmitted menteeEvent = records.stream().map(r -> (QuestionnaireSubmitted) codec.decode(type, r.value()))
                .filter(e -> e.purpose() == QuestionnairePurpose.MENTEE).findFirst().orElseThrow();
        assertThat(menteeEvent.submissionId()).hasToString(own.get("id").asString());
        assertThat(menteeEvent.formCode()).isEqualTo("MENTEE");
        assertThat(menteeEvent.formVersion()).isEqualTo(1);
        assertThat(menteeEvent.personId()).isEqualTo(mentee);
        assertThat(menteeEvent.organizationId()).isEqualTo(organization);
        assertThat(menteeEvent.municipalityId()).isEqualTo(DemoRegion.LENINGRADSKY.id());
        assertThat(menteeEvent.regionId()).isEqualTo(DemoRegion.REGION.id());
        assertThat(menteeEvent.onBehalf()).isFalse();
        assertThat(menteeEvent.answers()).extracting(QuestionnaireSubmitted.Answer::questionCode)
                .contains("DIFFICULTIES", "SELF_ASSESSMENT").doesNotContain("COMMENT");
        assertThat(menteeEvent.answers().stream().filter(a -> a.questionCode().equals("DIFFICULTIES")).findFirst().orElseThrow()
                .choices()).containsExactly("DISCIPLINE", "PARENTS");
        assertThat(menteeEvent.answers().stream().filter(a -> a.questionCode().equals("SELF_ASSESSMENT")).findFirst()
                .orElseThrow().scale()).isEqualTo(6);

        QuestionnaireSubmitted networking = records.stream().map(r -> (QuestionnaireSubmitted) codec.decode(type, r.value()))
                .filter(e -> e.purpose() == QuestionnairePurpose.NETWORKING_PREFERENCE).findFirst().orElseThrow();
        assertThat(networking.onBehalf()).isTrue();
        QuestionnaireSubmitted.Answer ranked = networking.answers().stream()
                .filter(a -> a.questionCode().equals("PREFERRED_MENTORS")).findFirst().orElseThrow();
        assertThat(ranked.rankedRole()).isEqualTo(ProgrammeRole.MENTOR_CANDIDATE);
        assertThat(ranked.ranked()).containsExactly(new QuestionnaireSubmitted.RankedPerson(mentorHere, 1),
                new QuestionnaireSubmitted.RankedPerson(mentorThere, 2));
        assertThat(networking.answers()).extracting(QuestionnaireSubmitted.Answer::questionCode).doesNotContain("REASONS");
    }

    @Test
    void everyBadAnswerIsA400WithItsFieldAndNothingIsStored() throws Exception {
        UUID organization = organization();
        UUID mentee = register(organization, "Ошибкина Ольга Ивановна", "MENTEE_CANDIDATE");
        UUID otherMentee = register(organization, "Другова Инна Львовна", "MENTEE_CANDIDATE");
        UUID mentor = register(organization, "Верный Глеб Антонович", "MENTOR_CANDIDATE");
        String ok = "\"DIFFICULTIES\":{\"choices\":[\"DISCIPLINE\"]},\"REQUESTS\":{\"choices\":[\"DISCIPLINE\"]},"
                + "\"EXPECTATIONS\":{\"choices\":[\"METHODICAL_HELP\"]},\"PREFERRED_FORMAT\":{\"choice\":\"MIXED\"},"
                + "\"SELF_ASSESSMENT\":{\"scale\":5}";
        String longText = "а".repeat(2001);
        Map<String, String> menteeCases = new java.util.LinkedHashMap<>();
        menteeCases.put("answers.NO_SUCH_QUESTION", ok + ",\"NO_SUCH_QUESTION\":{\"text\":\"да\"}");
        menteeCases.put("answers.DIFFICULTIES", ok.replace("[\"DISCIPLINE\"]},\"REQUESTS", "[\"FLYING\"]},\"REQUESTS"));
        menteeCases.put("answers.PREFERRED_FORMAT", ok.replace("MIXED", "TELEPATHY"));
        menteeCases.put("answers.SELF_ASSESSMENT", ok.replace("\"scale\":5", "\"scale\":11"));
        menteeCases.put("answers.REQUESTS", ok.replace("\"REQUESTS\":{\"choices\":[\"DISCIPLINE\"]},", ""));
        menteeCases.put("answers.COMMENT", ok + ",\"COMMENT\":{\"text\":\"" + longText + "\"}");
        menteeCases.put("answers.TEAM_COMFORT", ok + ",\"TEAM_COMFORT\":{\"scale\":0}");
        menteeCases.put("answers.EXPECTATIONS", ok.replace("\"EXPECTATIONS\":{\"choices\":[\"METHODICAL_HELP\"]}",
                "\"EXPECTATIONS\":{\"choices\":[\"METHODICAL_HELP\",\"METHODICAL_HELP\"]}"));
        menteeCases.put("answers.SELF_ASSESSMENT ", ok.replace("{\"scale\":5}", "{\"text\":\"пять\"}"));
        for (Map.Entry<String, String> c : menteeCases.entrySet()) {
            JsonNode problem = read(call("POST", submissions(mentee),
                    "{\"formId\":\"" + MENTEE_FORM + "\",\"formVersion\":1,\"answers\":{" + c.getValue() + "}}", CURATOR), 400);
            assertThat(problem.get("code").asString()).isEqualTo("VALIDATION_FAILED");
            assertThat(fields(problem)).as(c.getKey()).containsExactly(c.getKey().strip());
        }
        assertThat(fields(read(call("POST", submissions(mentee), "{\"formId\":\"" + MENTOR_FORM + "\",\"formVersion\":1,"
                + "\"answers\":{}}", CURATOR), 400))).contains("formId");
        assertThat(fields(read(call("POST", submissions(mentee), "{\"formId\":\"" + UUID.randomUUID() + "\",\"formVersion\":1,"
                + "\"answers\":{" + ok + "}}", CURATOR), 400))).containsExactly("formId");
        assertThat(fields(read(call("POST", submissions(mentee), "{\"formId\":\"" + MENTEE_FORM + "\",\"answers\":{" + ok + "}}",
                CURATOR), 400))).containsExactly("formVersion");

        String mentorSchool7 = DemoRegion.MENTOR_SCHOOL_7.id().toString();
        String mentorSchool1 = DemoRegion.MENTOR_SCHOOL_1.id().toString();
        Map<String, String> rankedCases = new java.util.LinkedHashMap<>();
        rankedCases.put("another municipality", "[{\"personId\":\"" + mentorSchool7 + "\",\"rank\":1}]");
        rankedCases.put("duplicate ranks", "[{\"personId\":\"" + mentor + "\",\"rank\":1},{\"personId\":\"" + mentorSchool1
                + "\",\"rank\":1}]");
        rankedCases.put("same person twice", "[{\"personId\":\"" + mentor + "\",\"rank\":1},{\"personId\":\"" + mentor
                + "\",\"rank\":2}]");
        rankedCases.put("rank out of range", "[{\"personId\":\"" + mentor + "\",\"rank\":4}]");
        rankedCases.put("not a mentor", "[{\"personId\":\"" + otherMentee + "\",\"rank\":1}]");
        rankedCases.put("oneself", "[{\"personId\":\"" + mentee + "\",\"rank\":1}]");
        rankedCases.put("unknown person", "[{\"personId\":\"" + UUID.randomUUID() + "\",\"rank\":1}]");
        rankedCases.put("too many", "[{\"personId\":\"" + mentor + "\",\"rank\":1},{\"personId\":\"" + mentorSchool1
                + "\",\"rank\":2},{\"personId\":\"" + otherMentee + "\",\"rank\":3},{\"personId\":\"" + mentee + "\",\"rank\":3}]");
        for (Map.Entry<String, String> c : rankedCases.entrySet()) {
            JsonNode problem = read(call("POST", submissions(mentee), "{\"formId\":\"" + NETWORKING_FORM
                    + "\",\"formVersion\":1,\"answers\":{\"PARTICIPANT_ROLE\":{\"choice\":\"MENTEE\"},\"PREFERRED_MENTORS\":{\"ranked\":"
                    + c.getValue() + "}}}", CURATOR), 400);
            assertThat(fields(problem)).as(c.getKey()).isNotEmpty()
                    .allSatisfy(f -> assertThat(f).startsWith("answers.PREFERRED_MENTORS"));
        }
        assertThat(jdbc.sql("SELECT count(*) FROM questionnaire_submission WHERE person_id = ?").param(mentee)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM platform_outbox WHERE event_key = ? AND event_type = ?")
                .params(mentee.toString(), EventCatalog.typeOf(QuestionnaireSubmitted.class)).query(Long.class).single()).isZero();
        assertThat(read(call("GET", submissions(mentee), null, CURATOR), 200)).isEmpty();

        // The same answers without the mistakes are accepted: the cases above failed for their mistake alone.
        read(call("POST", submissions(mentee), "{\"formId\":\"" + MENTEE_FORM + "\",\"formVersion\":1,\"answers\":{" + ok
                + ",\"COMMENT\":{\"text\":\"" + "а".repeat(2000) + "\"}}}", CURATOR), 201);
        read(call("POST", submissions(mentee), "{\"formId\":\"" + NETWORKING_FORM + "\",\"formVersion\":1,\"answers\":{"
                + "\"PARTICIPANT_ROLE\":{\"choice\":\"MENTEE\"},\"PREFERRED_MENTORS\":{\"ranked\":[{\"personId\":\"" + mentor
                + "\",\"rank\":1},{\"personId\":\"" + mentorSchool1 + "\",\"rank\":3}]}}}", CURATOR), 201);
        assertThat(jdbc.sql("SELECT count(*) FROM questionnaire_submission WHERE person_id = ?").param(mentee)
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void withdrawingConsentToProcessingErasesFreeTextAnswersButKeepsChoicesAndScales() throws Exception {
        UUID organization = organization();
        UUID mentee = register(organization, "Стиралова Нина Петровна", "MENTEE_CANDIDATE");
        String secret = "Личное: " + UUID.randomUUID();
        read(call("POST", "/api/participants/people/" + mentee + "/consents", "{\"scope\":\"PERSONAL_DATA_PROCESSING\","
                + "\"grantedOn\":\"" + LocalDate.now().minusDays(5) + "\",\"documentReference\":\"Согласие № 3\"}", CURATOR), 201);
        read(call("POST", submissions(mentee), menteeAnswers(secret), CURATOR), 201);
        assertThat(jdbc.sql("SELECT count(*) FROM questionnaire_answer WHERE text = ?").param(secret).query(Long.class).single())
                .isEqualTo(1);

        read(call("POST", "/api/participants/people/" + mentee + "/consents/PERSONAL_DATA_PROCESSING/withdrawal",
                "{\"withdrawnOn\":\"" + LocalDate.now() + "\"}", CURATOR), 200);

        assertThat(jdbc.sql("SELECT count(*) FROM questionnaire_answer WHERE text LIKE ?").param("%" + secret + "%")
                .query(Long.class).single()).isZero();
        JsonNode left = read(call("GET", submissions(mentee), null, CURATOR), 200);
        assertThat(left).hasSize(1);
        JsonNode answers = left.get(0).get("answers");
        assertThat(answers.findValuesAsString("questionCode")).contains("DIFFICULTIES", "SELF_ASSESSMENT", "COMMENT");
        for (JsonNode answer : answers) {
            if (answer.get("questionCode").asString().equals("COMMENT")) {
                assertThat(answer.get("text").isNull()).isTrue();
            }
            if (answer.get("questionCode").asString().equals("SELF_ASSESSMENT")) {
                assertThat(answer.get("scale").asInt()).isEqualTo(6);
            }
        }
    }

    static String menteeAnswers(String freeText) {
        return """
                {"formId":"%s","formVersion":1,"answers":{
                  "DIFFICULTIES":{"choices":["DISCIPLINE","PARENTS"]},
                  "REQUESTS":{"choices":["DISCIPLINE","WORK_WITH_PARENTS"]},
                  "EXPECTATIONS":{"choices":["METHODICAL_HELP","LESSON_VISITS"]},
                  "PREFERRED_FORMAT":{"choice":"FACE_TO_FACE"},
                  "SELF_ASSESSMENT":{"scale":6},
                  "COMMENT":{"text":"%s"}}}
                """.formatted(MENTEE_FORM, freeText);
    }

    private static String edit(int revision, String title, String yearsQuestion) {
        return """
                {"revision":%d,"title":"%s","description":"Для педагогов со стажем до 3 лет","questions":[
                  {"code":"YEARS","type":"SINGLE_CHOICE","text":"%s","required":true,
                   "options":[{"code":"UNDER_3","label":"До 3 лет"},{"code":"OVER_3","label":"3 года и больше"}]},
                  {"code":"CONFIDENCE","type":"SCALE","text":"Уверенность на уроке","required":true,"minLabel":"низкая","maxLabel":"высокая"},
                  {"code":"NOTE","type":"FREE_TEXT","text":"Комментарий","maxLength":500}]}
                """.formatted(revision, title, yearsQuestion);
    }

    private static String tokenOf(UUID person, UUID organization) {
        return TestTokens.get().withClaims(Map.of("preferred_username", "questionnaire.person", "roles", List.of("MENTEE"),
                "region_id", DemoRegion.REGION.id().toString(), "municipality_id", DemoRegion.LENINGRADSKY.id().toString(),
                "organization_ids", List.of(organization.toString()), "organization_id", organization.toString(),
                "person_id", person.toString()));
    }

    private static JsonNode question(JsonNode form, String code) {
        for (JsonNode q : form.get("questions")) {
            if (q.get("code").asString().equals(code)) {
                return q;
            }
        }
        throw new AssertionError("no question " + code);
    }

    private static String submissions(UUID person) {
        return "/api/participants/people/" + person + "/questionnaires";
    }

    private UUID organization() throws Exception {
        return id(read(call("POST", "/api/participants/municipalities/" + DemoRegion.LENINGRADSKY.id() + "/organizations",
                "{\"name\":\"МБОУ СОШ № 12 " + UUID.randomUUID() + "\",\"type\":\"SCHOOL\"}", CURATOR), 201));
    }

    private UUID register(UUID organization, String name, String role) throws Exception {
        return id(read(call("POST", "/api/participants/organizations/" + organization + "/people",
                "{\"fullName\":\"" + name + "\",\"position\":\"учитель\",\"subjects\":[\"физика\"],"
                        + "\"yearsOfExperience\":2,\"programmeRole\":\"" + role + "\"}", CURATOR), 201));
    }

    private static UUID id(JsonNode body) {
        return UUID.fromString(body.get("id").asString());
    }

    private HttpResponse<String> call(String method, String path, String body, String token) throws Exception {
        return TestHttp.send("http://localhost:" + port, method, path, body, token);
    }
}
