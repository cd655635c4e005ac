package ru.nastavnik.participant;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import ru.nastavnik.demo.DemoRegion;
import ru.nastavnik.platform.testkit.AccessMatrix;
import ru.nastavnik.platform.testkit.RealInfrastructure;
import ru.nastavnik.platform.testkit.TestHttp;
import ru.nastavnik.platform.testkit.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every questionnaire endpoint × every demo user, another region's admin, anonymous and expired callers. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "nastavnik.demo.seed=true")
@RealInfrastructure
class QuestionnaireAccessTest {

    private static final UUID SCHOOL_1 = DemoRegion.SCHOOL_1.id();
    private static final UUID MENTEE_1 = DemoRegion.MENTEE_SCHOOL_1.id();
    private static final Set<String> SCHOOL_1_VIEWERS = Set.of("region.admin", "leningradsky.curator", "school1.curator",
            "school1.mentor", "school1.mentee");
    private static final Set<String> SCHOOL_1_CURATORS = Set.of("leningradsky.curator", "school1.curator");
    private static final String CURATOR = TestTokens.get().forUser("school1.curator");

    @LocalServerPort
    int port;

    private final JsonMapper json = JsonMapper.builder().build();
    private UUID copy;

    @TestFactory
    Stream<DynamicTest> formsOfAnOrganization() {
        return AccessMatrix.of(token -> status("GET", "/api/participants/organizations/" + SCHOOL_1 + "/questionnaires", null,
                token), 200, SCHOOL_1_VIEWERS);
    }

    @TestFactory
    Stream<DynamicTest> anOrganizationsCopy() {
        return AccessMatrix.of(token -> status("GET", "/api/participants/questionnaires/" + copy(), null, token), 200,
                SCHOOL_1_VIEWERS);
    }

    @TestFactory
    Stream<DynamicTest> copyingAForm() {
        return AccessMatrix.of(token -> status("POST", "/api/participants/organizations/" + SCHOOL_1 + "/questionnaires",
                "{\"sourceFormId\":\"" + QuestionnaireApiTest.MENTEE_FORM + "\"}", token), 201, SCHOOL_1_CURATORS);
    }

    @TestFactory
    Stream<DynamicTest> editingACopy() {
        return AccessMatrix.of(token -> {
            String form = "/api/participants/questionnaires/" + copy();
            int revision = json.readTree(TestHttp.send(base(), "GET", form, null, CURATOR).body()).get("revision").asInt();
            return status("PUT", form, """
                    {"revision":%d,"title":"Анкета наставляемого (наша)","questions":[
                      {"code":"CONFIDENCE","type":"SCALE","text":"Уверенность на уроке","required":true}]}
                    """.formatted(revision), token);
        }, 200, SCHOOL_1_CURATORS);
    }

    @TestFactory
    Stream<DynamicTest> submittingForAPerson() {
        return AccessMatrix.of(token -> status("POST", "/api/participants/people/" + MENTEE_1 + "/questionnaires",
                QuestionnaireApiTest.menteeAnswers("Комментарий"), token), 201,
                Set.of("leningradsky.curator", "school1.curator", "school1.mentee"));
    }

    @TestFactory
    Stream<DynamicTest> aPersonsSubmissions() {
        return AccessMatrix.of(token -> status("GET", "/api/participants/people/" + MENTEE_1 + "/questionnaires", null, token),
                200, Set.of("leningradsky.curator", "school1.curator", "school1.mentee"));
    }

    @TestFactory
    Stream<DynamicTest> peopleToRank() {
        return AccessMatrix.of(token -> status("GET", "/api/participants/people/" + MENTEE_1 + "/questionnaire-candidates", null,
                token), 200, Set.of("leningradsky.curator", "school1.curator", "school1.mentee"));
    }

    @TestFactory
    Stream<DynamicTest> anOrganizationsSubmissions() {
        return AccessMatrix.of(token -> status("GET", "/api/participants/organizations/" + SCHOOL_1
                + "/questionnaire-submissions", null, token), 200, SCHOOL_1_CURATORS);
    }

    /** A copy of the mentee form for school 1, made once by its curator. */
    private synchronized UUID copy() throws Exception {
        if (copy == null) {
            var response = TestHttp.send(base(), "POST", "/api/participants/organizations/" + SCHOOL_1 + "/questionnaires",
                    "{\"sourceFormId\":\"" + QuestionnaireApiTest.MENTEE_FORM + "\",\"title\":\"Анкета наставляемого СОШ № 1\"}",
                    CURATOR);
            JsonNode body = json.readTree(response.body());
            copy = UUID.fromString(body.get("id").asString());
        }
        return copy;
    }

    private int status(String method, String path, String body, String token) throws Exception {
        return TestHttp.send(base(), method, path, body, token).statusCode();
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
