package ru.nastavnik.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import ru.nastavnik.platform.testkit.RealInfrastructure;
import tools.jackson.databind.JsonNode;

/**
 * Search in Russian with morphology, through stems computed in Java: the same code on real MongoDB and on the
 * embedded wire server (which has no $text). Every query word must match in some grammatical form.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class PracticeSearchTest {

    @LocalServerPort
    int port;

    PracticeWorld world;

    @BeforeEach
    void world() {
        world = new PracticeWorld(port);
    }

    @Test
    void wordsAreFoundInAnyGrammaticalForm() throws Exception {
        String mentor = practice("Опытный наставник рядом", "Как работает пара", List.of("математика"), "TEACHER_TEACHER");
        String mentors = practice("Клуб молодого учителя", "Наставники школы встречаются еженедельно", List.of("физика"), "TEACHER_TEACHER");
        String young = practice("Молодой педагог в первый год", "Адаптация в коллективе", List.of("математика"), "MANAGER_TEACHER");
        String unrelated = practice("Проектная деятельность учеников", "Ученики ведут проекты", List.of("история"), "PUPIL_PUPIL");

        assertThat(ids(search("наставника", world.schoolCurator))).containsExactlyInAnyOrder(mentor, mentors);
        assertThat(ids(search("молодых педагогов", world.schoolCurator))).containsExactly(young);
        assertThat(ids(search("Молодой Учитель", world.schoolCurator))).containsExactly(mentors);
        assertThat(ids(search("наставника молодых педагогов", world.schoolCurator))).isEmpty();

        assertThat(ids(search("", world.schoolCurator))).containsExactlyInAnyOrder(mentor, mentors, young, unrelated);
        assertThat(ids(search("&subject=" + enc("Математика"), world.schoolCurator))).containsExactlyInAnyOrder(mentor, young);
        assertThat(ids(search("&form=MANAGER_TEACHER", world.schoolCurator))).containsExactly(young);
        assertThat(ids(search("наставники&form=TEACHER_TEACHER&subject=" + enc("физика"), world.schoolCurator))).containsExactly(mentors);
        assertThat(ids(search("&organizationId=" + world.otherSchool, world.schoolCurator))).isEmpty();
    }

    @Test
    void othersFindOnlyWhatReachedTheBankAndFiltersByLevelWork() throws Exception {
        String published = practice("Наставник и выпускник вуза", "Первый год в школе", List.of("химия"), "TEACHER_TEACHER");
        String draft = practice("Наставник в черновике", "Ещё не отправлена", List.of("химия"), "TEACHER_TEACHER");
        for (String step : List.of("SUBMIT", "MUNICIPALITY_ACCEPT", "REGION_ACCEPT", "PUBLISH")) {
            world.moderate(published, step, null, switch (step) {
                case "SUBMIT" -> world.schoolCurator;
                case "MUNICIPALITY_ACCEPT" -> world.municipalCurator;
                default -> world.regionAdmin;
            });
        }

        assertThat(ids(search("наставником", world.otherSchoolCurator))).containsExactly(published);
        assertThat(ids(search("наставником", world.otherMunicipalCurator))).containsExactly(published);
        assertThat(ids(search("наставником", world.municipalCurator))).containsExactlyInAnyOrder(published, draft);
        assertThat(ids(search("наставником", world.foreignRegionAdmin))).isEmpty();
        assertThat(ids(search("наставником&level=REGION", world.regionAdmin))).containsExactly(published);
        assertThat(ids(search("наставником&level=ORGANIZATION", world.regionAdmin))).containsExactly(draft);
        assertThat(ids(search("наставником&organizationId=" + world.school, world.otherSchoolCurator))).containsExactly(published);
    }

    @Test
    void resultsArePaged() throws Exception {
        for (int i = 1; i <= 5; i++) {
            practice("Наставничество, выпуск " + i, "Серия", List.of("музыка"), "TEACHER_TEACHER");
        }
        JsonNode first = search("наставничество&size=2&page=0", world.schoolCurator);
        JsonNode last = search("наставничество&size=2&page=2", world.schoolCurator);
        assertThat(first.get("total").asLong()).isEqualTo(5);
        assertThat(first.get("items")).hasSize(2);
        assertThat(last.get("items")).hasSize(1);
        assertThat(ids(last)).doesNotContainAnyElementsOf(ids(first));
    }

    private String practice(String title, String summary, List<String> subjects, String form) throws Exception {
        Map<String, Object> content = new java.util.HashMap<>(PracticeWorld.content(title, summary, "", "", "", List.of()));
        content.put("subjects", subjects);
        content.put("form", form);
        return world.ok("POST", "/api/publications/practices", Map.of("organizationId", world.school.toString(),
                "content", content), world.schoolCurator).get("id").asString();
    }

    private JsonNode search(String query, String token) throws Exception {
        String q = query.startsWith("&") ? query : "q=" + enc(query.contains("&") ? query.substring(0, query.indexOf('&')) : query)
                + (query.contains("&") ? query.substring(query.indexOf('&')) : "");
        return world.ok("GET", "/api/publications/practices/search?" + q, null, token);
    }

    private static List<String> ids(JsonNode page) {
        return page.get("items").findValuesAsString("id");
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
