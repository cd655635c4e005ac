package ru.nastavnik.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Set;
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
import ru.nastavnik.platform.testkit.AccessMatrix;
import ru.nastavnik.platform.testkit.RealInfrastructure;
import ru.nastavnik.platform.testkit.TestHttp;
import ru.nastavnik.platform.testkit.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Selection and training endpoints × every demo user, another region's admin, anonymous and expired callers: the
 * organization's curator manages; the municipal curator reads; the person reads their own outcome and trainings;
 * the regional institute sees figures only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "nastavnik.demo.seed=true")
@RealInfrastructure
class MentorSelectionAccessTest {

    private static final UUID SCHOOL_1 = DemoRegion.SCHOOL_1.id();
    private static final UUID MENTOR_1 = DemoRegion.MENTOR_SCHOOL_1.id();
    private static final String ORG = "/api/participants/organizations/" + SCHOOL_1;
    private static final String MENTOR = "/api/participants/people/" + MENTOR_1;

    private static final Set<String> SEE_ORGANIZATION = Set.of("region.admin", "leningradsky.curator", "school1.curator",
            "school1.mentor", "school1.mentee");
    private static final Set<String> CURATORS = Set.of("leningradsky.curator", "school1.curator");
    private static final Set<String> CURATORS_AND_SELF = Set.of("leningradsky.curator", "school1.curator", "school1.mentor");
    private static final Set<String> ORGANIZATION_CURATOR = Set.of("school1.curator");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    @TestFactory
    Stream<DynamicTest> readCriteria() {
        return AccessMatrix.of(token -> status("GET", ORG + "/selection-criteria", null, token), 200, SEE_ORGANIZATION);
    }

    @TestFactory
    Stream<DynamicTest> editCriteria() {
        return AccessMatrix.of(token -> status("PUT", ORG + "/selection-criteria",
                "[{\"text\":\"Стаж не менее 5 лет\",\"required\":true},{\"text\":\"Рекомендация методического совета\",\"weight\":3}]",
                token), 200, ORGANIZATION_CURATOR);
    }

    @TestFactory
    Stream<DynamicTest> readSelection() {
        return AccessMatrix.of(token -> status("GET", MENTOR + "/selection", null, token), 200, CURATORS_AND_SELF);
    }

    @TestFactory
    Stream<DynamicTest> recordSelection() {
        return AccessMatrix.of(token -> status("PUT", MENTOR + "/selection", "{\"interviewDate\":\""
                + LocalDate.now().minusDays(2) + "\",\"interviewNotes\":\"Заметки\",\"decision\":\"SELECTED\"}", token),
                200, ORGANIZATION_CURATOR);
    }

    @TestFactory
    Stream<DynamicTest> readTrainings() {
        return AccessMatrix.of(token -> status("GET", MENTOR + "/training", null, token), 200, CURATORS_AND_SELF);
    }

    @TestFactory
    Stream<DynamicTest> recordTraining() {
        return AccessMatrix.of(token -> status("POST", MENTOR + "/training", "{\"courseTitle\":\"Курс " + UUID.randomUUID()
                + "\",\"hours\":16,\"completedOn\":\"" + LocalDate.now() + "\"}", token), 201, ORGANIZATION_CURATOR);
    }

    @TestFactory
    Stream<DynamicTest> deleteTraining() {
        return AccessMatrix.of(token -> {
            UUID training = UUID.randomUUID();
            jdbc.sql("""
                    INSERT INTO mentor_training (id, person_id, course_title, hours, completed_on, recorded_by, recorded_at)
                    VALUES (?, ?, ?, 8, CURRENT_DATE, 'school1.curator', now())
                    """).params(training, MENTOR_1, "Удаляемый курс " + training).update();
            return status("DELETE", MENTOR + "/training/" + training, "{\"reason\":\"Ошибочная запись\"}", token);
        }, 204, ORGANIZATION_CURATOR);
    }

    @TestFactory
    Stream<DynamicTest> readReadiness() {
        return AccessMatrix.of(token -> status("GET", MENTOR + "/readiness", null, token), 200, CURATORS_AND_SELF);
    }

    @TestFactory
    Stream<DynamicTest> confirmReadiness() {
        return AccessMatrix.of(token -> {
            selected();
            return status("PUT", MENTOR + "/readiness-confirmation", "{\"reason\":\"Курсы 2024 года\"}", token);
        }, 200, ORGANIZATION_CURATOR);
    }

    @TestFactory
    Stream<DynamicTest> readinessOfTheOrganization() {
        return AccessMatrix.of(token -> status("GET", ORG + "/mentor-readiness", null, token), 200, CURATORS);
    }

    @TestFactory
    Stream<DynamicTest> recordTeachingStaff() {
        return AccessMatrix.of(token -> status("PUT", ORG + "/teaching-staff", "{\"teachingStaff\":40}", token), 200,
                ORGANIZATION_CURATOR);
    }

    @TestFactory
    Stream<DynamicTest> teachingStaffHistory() {
        return AccessMatrix.of(token -> status("GET", ORG + "/teaching-staff", null, token), 200, CURATORS);
    }

    @TestFactory
    Stream<DynamicTest> figures() {
        return AccessMatrix.of(token -> status("GET", ORG + "/figures", null, token), 200, SEE_ORGANIZATION);
    }

    @Test
    void thePersonReadsTheOutcomeButNotTheNotesAndTheRegionOnlyCounts() throws Exception {
        String curator = TestTokens.get().forUser("school1.curator");
        String notes = "Заметка " + UUID.randomUUID();
        HttpResponse<String> saved = call("PUT", MENTOR + "/selection", "{\"interviewDate\":\"" + LocalDate.now().minusDays(1)
                + "\",\"interviewNotes\":\"" + notes + "\",\"decision\":\"SELECTED\"}", curator);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(saved.body()).contains(notes);
        assertThat(call("GET", MENTOR + "/selection", null, TestTokens.get().forUser("leningradsky.curator")).body()).contains(notes);

        HttpResponse<String> own = call("GET", MENTOR + "/selection", null, TestTokens.get().forUser("school1.mentor"));
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).doesNotContain(notes);
        JsonNode outcome = json.readTree(own.body());
        assertThat(outcome.get("decision").asString()).isEqualTo("SELECTED");
        assertThat(outcome.get("interviewNotes").isNull()).isTrue();

        HttpResponse<String> figures = call("GET", ORG + "/figures", null, TestTokens.get().forUser("region.admin"));
        assertThat(figures.statusCode()).isEqualTo(200);
        assertThat(figures.body()).doesNotContain(DemoRegion.MENTOR_SCHOOL_1.fullName(), notes, MENTOR_1.toString());
        assertThat(json.readTree(figures.body()).has("readyMentors")).isTrue();
    }

    /** The demo mentor is selected, so that readiness can be confirmed. */
    private void selected() {
        jdbc.sql("""
                INSERT INTO mentor_selection (person_id, interview_date, decision, updated_by, updated_at)
                VALUES (?, CURRENT_DATE, 'SELECTED', 'school1.curator', now())
                ON CONFLICT (person_id) DO UPDATE SET decision = 'SELECTED'
                """).param(MENTOR_1).update();
    }

    private int status(String method, String path, String body, String token) throws Exception {
        return call(method, path, body, token).statusCode();
    }

    private HttpResponse<String> call(String method, String path, String body, String token) throws Exception {
        return TestHttp.send("http://localhost:" + port, method, path, body, token);
    }
}
