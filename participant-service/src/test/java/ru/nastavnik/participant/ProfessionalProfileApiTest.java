package ru.nastavnik.participant;

import static ru.nastavnik.platform.testkit.TestHttp.read;
import static ru.nastavnik.platform.testkit.TestHttp.fields;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import ru.nastavnik.demo.DemoRegion;
import ru.nastavnik.platform.testkit.RealInfrastructure;
import ru.nastavnik.platform.testkit.TestHttp;
import ru.nastavnik.platform.testkit.TestNames;
import ru.nastavnik.platform.testkit.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The taxonomy of professional topics, people's requests and competencies, and the figures of both. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "nastavnik.demo.seed=true")
@RealInfrastructure
class ProfessionalProfileApiTest {

    private static final UUID SCHOOL_1 = DemoRegion.SCHOOL_1.id();
    private static final UUID MENTEE_1 = DemoRegion.MENTEE_SCHOOL_1.id();
    private static final UUID MENTOR_1 = DemoRegion.MENTOR_SCHOOL_1.id();
    private static final String OTHER_REGION_ADMIN = TestTokens.get().withClaims(Map.of("preferred_username",
            "other.region.admin", "roles", List.of("REGION_ADMIN"), "region_id", UUID.randomUUID().toString(),
            "organization_ids", List.of()));

    @LocalServerPort
    int port;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void theDefaultTaxonomyIsThereInRussianWithLevels() throws Exception {
        JsonNode taxonomy = read(call("GET", "/api/participants/taxonomy", null, token("school1.mentee")), 200);
        List<String> codes = taxonomy.get("topics").findValuesAsString("code");
        assertThat(codes).contains("METHODS_SUBJECT", "WORK_WITH_PARENTS", "CLASS_TUTORSHIP", "DIGITAL_TOOLS",
                "EXAM_PREPARATION", "INCLUSIVE_EDUCATION", "TEAM_ADAPTATION", "DISCIPLINE", "PROJECT_WORK",
                "GIFTED_CHILDREN", "DOCUMENTATION", "SELF_EDUCATION");
        assertThat(taxonomy.get("topics").findValuesAsString("name"))
                .contains("Методика преподавания предмета", "Работа с родителями", "Подготовка к ОГЭ и ЕГЭ");
        for (JsonNode topic : taxonomy.get("topics")) {
            assertThat(topic.get("group").asString()).isNotBlank();
        }
        assertThat(taxonomy.get("requestLevels").findValuesAsString("name")).containsExactly(
                "нужна помощь в основах", "нужна помощь в отдельных вопросах", "нужен обмен опытом");
        assertThat(taxonomy.get("competencyLevels").findValuesAsString("name"))
                .containsExactly("базовый", "уверенный", "экспертный");
    }

    @Test
    void theMenteeSetsTheirRequestsAndTheCuratorReadsThemAudited() throws Exception {
        String body = """
                [{"topicCode":"METHODS_SUBJECT","level":1,"comment":"Планирование уроков алгебры"},
                 {"topicCode":"WORK_WITH_PARENTS","level":2}]""";
        JsonNode saved = read(call("PUT", requests(MENTEE_1), body, token("school1.mentee")), 200);
        assertThat(saved.findValuesAsString("topicCode")).containsExactly("METHODS_SUBJECT", "WORK_WITH_PARENTS");

        JsonNode read = read(call("GET", requests(MENTEE_1), null, token("school1.curator")), 200);
        assertThat(read).hasSize(2);
        assertThat(read.get(0).get("topicName").asString()).isEqualTo("Методика преподавания предмета");
        assertThat(read.get(0).get("level").asInt()).isEqualTo(1);
        assertThat(read.get(0).get("levelName").asString()).isEqualTo("нужна помощь в основах");
        assertThat(read.get(0).get("comment").asString()).isEqualTo("Планирование уроков алгебры");
        assertThat(read.get(1).get("levelName").asString()).isEqualTo("нужна помощь в отдельных вопросах");
        assertThat(read(call("GET", requests(MENTEE_1), null, token("leningradsky.curator")), 200)).hasSize(2);

        JsonNode trail = read(call("GET", "/api/participants/audit?organizationId=" + SCHOOL_1, null,
                token("school1.curator")), 200);
        List<String> actions = new ArrayList<>();
        for (JsonNode entry : trail) {
            if (entry.get("personId").asString().equals(MENTEE_1.toString())) {
                actions.add(entry.get("actor").asString() + ":" + entry.get("action").asString());
            }
        }
        assertThat(actions).contains("school1.mentee:UPDATE", "school1.curator:READ");

        // Replacing the whole set.
        read(call("PUT", requests(MENTEE_1), "[{\"topicCode\":\"DISCIPLINE\",\"level\":3}]", token("school1.mentee")), 200);
        JsonNode replaced = read(call("GET", requests(MENTEE_1), null, token("school1.mentee")), 200);
        assertThat(replaced.findValuesAsString("topicCode")).containsExactly("DISCIPLINE");
        assertThat(replaced.get(0).get("levelName").asString()).isEqualTo("нужен обмен опытом");
    }

    @Test
    void theCuratorSetsAMentorsCompetencies() throws Exception {
        read(call("PUT", competencies(MENTOR_1), """
                [{"topicCode":"EXAM_PREPARATION","level":3,"comment":"Эксперт ЕГЭ по математике"},
                 {"topicCode":"DIGITAL_TOOLS","level":2}]""", token("school1.curator")), 200);
        JsonNode read = read(call("GET", competencies(MENTOR_1), null, token("school1.mentor")), 200);
        assertThat(read.findValuesAsString("levelName")).containsExactly("экспертный", "уверенный");
        assertThat(read.findValuesAsString("topicName")).containsExactly("Подготовка к ОГЭ и ЕГЭ", "Цифровые инструменты и ЭОР");
    }

    @Test
    void badInputIsRefusedWithFieldErrorsAndChangesNothing() throws Exception {
        String mentor = token("school1.curator");
        read(call("PUT", competencies(MENTOR_1), "[{\"topicCode\":\"SELF_EDUCATION\",\"level\":2}]", mentor), 200);

        JsonNode unknown = read(call("PUT", competencies(MENTOR_1),
                "[{\"topicCode\":\"NO_SUCH_TOPIC\",\"level\":2}]", mentor), 400);
        assertThat(unknown.get("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(fields(unknown)).containsExactly("[0].topicCode");
        assertThat(unknown.get("errors").get(0).get("message").asString()).isEqualTo("такой темы нет в справочнике");

        JsonNode levels = read(call("PUT", competencies(MENTOR_1), """
                [{"topicCode":"DISCIPLINE","level":0},{"topicCode":"DOCUMENTATION","level":4},
                 {"topicCode":"PROJECT_WORK"}]""", mentor), 400);
        assertThat(fields(levels)).containsExactly("[0].level", "[1].level", "[2].level");
        assertThat(levels.get("errors").get(0).get("message").asString()).isEqualTo("уровень от 1 до 3");

        JsonNode duplicate = read(call("PUT", competencies(MENTOR_1), """
                [{"topicCode":"DISCIPLINE","level":1},{"topicCode":"DISCIPLINE","level":2}]""", mentor), 400);
        assertThat(fields(duplicate)).containsExactly("[1].topicCode");
        assertThat(duplicate.get("errors").get(0).get("message").asString()).isEqualTo("тема указана повторно");

        assertThat(read(call("PUT", competencies(MENTOR_1), "[{\"topicCode\":\"DISCIPLINE\",\"level\":\"высокий\"}]",
                mentor), 400).get("code").asString()).isNotBlank();
        assertThat(read(call("PUT", competencies(UUID.randomUUID()), "[]", mentor), 404).get("code").asString())
                .isEqualTo("PERSON_NOT_FOUND");

        JsonNode unchanged = read(call("GET", competencies(MENTOR_1), null, mentor), 200);
        assertThat(unchanged.findValuesAsString("topicCode")).containsExactly("SELF_EDUCATION");
    }

    @Test
    void accessFollowsThePolicyAndRefusalsChangeNothing() throws Exception {
        String body = "[{\"topicCode\":\"TEAM_ADAPTATION\",\"level\":1}]";
        read(call("PUT", requests(MENTEE_1), body, token("school1.mentee")), 200);

        for (String caller : List.of("school7.curator", "region.admin", "school1.mentor", "school7.mentee",
                "kushchevsky.curator")) {
            assertThat(read(call("GET", requests(MENTEE_1), null, token(caller)), 403).get("code").asString())
                    .as(caller).isEqualTo("FORBIDDEN");
            assertThat(read(call("PUT", requests(MENTEE_1), "[]", token(caller)), 403).get("code").asString())
                    .as(caller).isEqualTo("FORBIDDEN");
        }
        for (String caller : List.of("school7.curator", "region.admin", "school1.mentee", "school7.mentor")) {
            assertThat(read(call("GET", competencies(MENTOR_1), null, token(caller)), 403).get("code").asString())
                    .as(caller).isEqualTo("FORBIDDEN");
        }
        // The mentee may edit only their own entries.
        read(call("PUT", competencies(MENTOR_1), "[]", token("school1.mentee")), 403);
        assertThat(read(call("GET", requests(MENTEE_1), null, token("school1.mentee")), 200)
                .findValuesAsString("topicCode")).containsExactly("TEAM_ADAPTATION");
        assertThat(call("GET", requests(MENTEE_1), null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void aRegionAddsTopicsSeenOnlyInThatRegion() throws Exception {
        String code = "REGIONAL_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
        String topic = "{\"code\":\"" + code + "\",\"name\":\"Казачье образование\",\"group\":\"Региональные темы\"}";

        read(call("POST", "/api/participants/taxonomy", topic, token("school1.curator")), 403);
        read(call("POST", "/api/participants/taxonomy", topic, token("leningradsky.curator")), 403);
        JsonNode added = read(call("POST", "/api/participants/taxonomy", topic, token("region.admin")), 201);
        assertThat(added.get("regional").asBoolean()).isTrue();
        assertThat(read(call("POST", "/api/participants/taxonomy", topic, token("region.admin")), 409).get("code")
                .asString()).isEqualTo("TOPIC_EXISTS");
        assertThat(read(call("POST", "/api/participants/taxonomy",
                "{\"code\":\"METHODS_SUBJECT\",\"name\":\"Дубль\",\"group\":\"Дубль\"}", token("region.admin")), 409)
                .get("code").asString()).isEqualTo("TOPIC_EXISTS");
        assertThat(fields(read(call("POST", "/api/participants/taxonomy",
                "{\"code\":\"плохой код\",\"name\":\"\",\"group\":\"Г\"}", token("region.admin")), 400)))
                .contains("code", "name");

        assertThat(read(call("GET", "/api/participants/taxonomy", null, token("school7.mentee")), 200)
                .get("topics").findValuesAsString("code")).contains(code);
        assertThat(read(call("GET", "/api/participants/taxonomy", null, OTHER_REGION_ADMIN), 200)
                .get("topics").findValuesAsString("code")).doesNotContain(code).contains("METHODS_SUBJECT");

        JsonNode saved = read(call("PUT", requests(MENTEE_1), "[{\"topicCode\":\"" + code + "\",\"level\":2}]",
                token("school1.mentee")), 200);
        assertThat(saved.get(0).get("topicName").asString()).isEqualTo("Казачье образование");
    }

    @Test
    void theFiguresCountMenteesWithRequestsAndMentorsWithCompetencies() throws Exception {
        String curator = token("leningradsky.curator");
        UUID organization = id(read(call("POST", "/api/participants/municipalities/" + DemoRegion.LENINGRADSKY.id()
                + "/organizations", "{\"name\":\"МБОУ СОШ № 3 " + UUID.randomUUID() + "\",\"type\":\"SCHOOL\"}", curator), 201));
        List<UUID> mentees = new ArrayList<>();
        List<UUID> mentors = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            mentees.add(register(organization, TestNames.unique("Наставляемый Пётр"), "MENTEE_CANDIDATE", curator));
        }
        for (int i = 0; i < 2; i++) {
            mentors.add(register(organization, TestNames.unique("Наставник Иван"), "MENTOR_CANDIDATE", curator));
        }
        String figures = "/api/participants/organizations/" + organization + "/figures";
        assertThat(counts(read(call("GET", figures, null, curator), 200))).containsExactly(3L, 0L, 2L, 0L);

        read(call("PUT", requests(mentees.get(0)), "[{\"topicCode\":\"DISCIPLINE\",\"level\":1},"
                + "{\"topicCode\":\"DOCUMENTATION\",\"level\":2}]", curator), 200);
        read(call("PUT", requests(mentees.get(1)), "[{\"topicCode\":\"DISCIPLINE\",\"level\":2}]", curator), 200);
        read(call("PUT", competencies(mentors.get(0)), "[{\"topicCode\":\"DISCIPLINE\",\"level\":3}]", curator), 200);
        // Requests of a mentor do not make them a mentee with requests; an emptied set no longer counts.
        read(call("PUT", requests(mentors.get(1)), "[{\"topicCode\":\"SELF_EDUCATION\",\"level\":3}]", curator), 200);
        read(call("PUT", requests(mentees.get(2)), "[{\"topicCode\":\"SELF_EDUCATION\",\"level\":3}]", curator), 200);
        read(call("PUT", requests(mentees.get(2)), "[]", curator), 200);

        JsonNode counted = read(call("GET", figures, null, token("region.admin")), 200);
        assertThat(counts(counted)).containsExactly(3L, 2L, 2L, 1L);
        assertThat(counted.toString()).doesNotContain("Наставляемый");
        read(call("GET", figures, null, token("school7.curator")), 403);
        read(call("GET", "/api/participants/organizations/" + SCHOOL_1 + "/figures", null, token("school1.mentee")), 200);
    }

    private UUID register(UUID organization, String name, String role, String token) throws Exception {
        return id(read(call("POST", "/api/participants/organizations/" + organization + "/people",
                "{\"fullName\":\"" + name + "\",\"yearsOfExperience\":5,\"programmeRole\":\"" + role + "\"}", token), 201));
    }

    private static List<Long> counts(JsonNode figures) {
        return List.of(figures.get("mentees").asLong(), figures.get("menteesWithRequests").asLong(),
                figures.get("mentors").asLong(), figures.get("mentorsWithCompetencies").asLong());
    }

    private static String requests(UUID person) {
        return "/api/participants/people/" + person + "/requests";
    }

    private static String competencies(UUID person) {
        return "/api/participants/people/" + person + "/competencies";
    }

    private static String token(String user) {
        return TestTokens.get().forUser(user);
    }

    private static UUID id(JsonNode body) {
        return UUID.fromString(body.get("id").asString());
    }

    private HttpResponse<String> call(String method, String path, String body, String token) throws Exception {
        return TestHttp.send("http://localhost:" + port, method, path, body, token);
    }
}
