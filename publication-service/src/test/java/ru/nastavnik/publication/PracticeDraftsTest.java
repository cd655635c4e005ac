package ru.nastavnik.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.nastavnik.publication.PracticeWorld.content;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import ru.nastavnik.platform.testkit.RealInfrastructure;
import ru.nastavnik.platform.testkit.TestHttp;
import tools.jackson.databind.JsonNode;

/** Drafts of practices over HTTP on the real store: sanitized texts, optimistic versions, kept versions, access. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class PracticeDraftsTest {

    @LocalServerPort
    int port;

    PracticeWorld world;

    @BeforeEach
    void world() {
        world = new PracticeWorld(port);
    }

    @Test
    void draftKeepsOnlyTheSafeSubsetOfMarkup() throws Exception {
        JsonNode created = world.ok("POST", "/api/publications/practices", Map.of("organizationId", world.school.toString(),
                "content", content("<b>Школа</b> молодого педагога<script>alert(1)</script>", "Кратко",
                        "<p onclick=\"steal()\">Уходят <strong>молодые</strong> <em>учителя</em></p><script>alert(2)</script><style>p{}</style>",
                        "<ul><li>наставник</li></ul><a href=\"javascript:alert(3)\">ссылка</a> <a href=\"https://example.org/x\">сайт</a><img src=x onerror=alert(4)>",
                        "<ol><li>92 %</li></ol><br><iframe src=\"https://evil\"></iframe>", List.of("<i>адаптация</i>")),
                "authors", List.of()), world.schoolCurator);

        assertThat(created.get("status").asString()).isEqualTo("DRAFT");
        assertThat(created.get("version").asLong()).isEqualTo(1);
        JsonNode content = created.get("content");
        assertThat(content.get("title").asString()).isEqualTo("Школа молодого педагога");
        assertThat(content.get("problem").asString())
                .isEqualTo("<p>Уходят <strong>молодые</strong> <em>учителя</em></p>");
        String solution = content.get("solution").asString();
        assertThat(solution).contains("<ul><li>наставник</li></ul>", "href=\"https://example.org/x\"")
                .doesNotContain("javascript", "<img", "onerror", "alert");
        assertThat(content.get("results").asString()).isEqualTo("<ol><li>92 %</li></ol><br>");
        assertThat(content.get("tags").get(0).asString()).isEqualTo("адаптация");

        // Stored as answered: reading it back gives the same safe text.
        JsonNode read = world.ok("GET", "/api/publications/practices/" + created.get("id").asString(), null, world.schoolCurator);
        assertThat(read.get("content")).isEqualTo(content);
    }

    @Test
    void editsNeedTheCurrentVersionAndKeepThePreviousOnes() throws Exception {
        JsonNode draft = world.draft("Наставник для молодого учителя");
        String id = draft.get("id").asString();

        JsonNode edited = world.ok("PUT", "/api/publications/practices/" + id, Map.of("version", 1,
                "content", content("Наставник для молодых учителей", "Второй вариант", "", "", "", List.of())),
                world.schoolCurator);
        assertThat(edited.get("version").asLong()).isEqualTo(2);
        assertThat(edited.get("content").get("title").asString()).isEqualTo("Наставник для молодых учителей");

        var stale = world.call("PUT", "/api/publications/practices/" + id, Map.of("version", 1,
                "content", content("Чужая правка", "", "", "", "", List.of())), world.schoolCurator);
        assertThat(TestHttp.code(stale, 409)).isEqualTo("CONCURRENT_MODIFICATION");

        JsonNode current = world.ok("GET", "/api/publications/practices/" + id, null, world.schoolCurator);
        assertThat(current.get("version").asLong()).isEqualTo(2);
        assertThat(current.get("content").get("title").asString()).isEqualTo("Наставник для молодых учителей");

        JsonNode versions = world.ok("GET", "/api/publications/practices/" + id + "/versions", null, world.schoolCurator);
        assertThat(versions).hasSize(1);
        assertThat(versions.get(0).get("version").asLong()).isEqualTo(1);
        assertThat(versions.get(0).get("content").get("title").asString()).isEqualTo("Наставник для молодого учителя");
    }

    @Test
    void aDraftWithoutTitleIsRefusedFieldByField() throws Exception {
        var response = world.call("POST", "/api/publications/practices", Map.of("organizationId", world.school.toString(),
                "content", content("<script>x</script>", "", "", "", "", List.of())), world.schoolCurator);
        JsonNode problem = TestHttp.read(response, 400);
        assertThat(problem.get("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(TestHttp.fields(problem)).containsExactly("title");
    }

    @Test
    void onlyTheOrganizationsCuratorWritesAndOthersDoNotSeeDrafts() throws Exception {
        var foreign = world.call("POST", "/api/publications/practices", Map.of("organizationId", world.school.toString(),
                "content", content("Чужая школа", "", "", "", "", List.of())), world.otherSchoolCurator);
        assertThat(TestHttp.code(foreign, 403)).isEqualTo("FORBIDDEN");

        String id = world.draft("Своя практика").get("id").asString();
        assertThat(world.call("GET", "/api/publications/practices/" + id, null, world.otherSchoolCurator).statusCode()).isEqualTo(403);
        assertThat(world.call("GET", "/api/publications/practices/" + id, null, world.otherMunicipalCurator).statusCode()).isEqualTo(403);
        assertThat(world.call("GET", "/api/publications/practices/" + id, null, world.municipalCurator).statusCode()).isEqualTo(200);

        var byMunicipality = world.call("PUT", "/api/publications/practices/" + id, Map.of("version", 1,
                "content", content("Правка муниципалитета", "", "", "", "", List.of())), world.municipalCurator);
        assertThat(TestHttp.code(byMunicipality, 403)).isEqualTo("FORBIDDEN");

        JsonNode list = world.ok("GET", "/api/publications/practices?organizationId=" + world.school + "&status=DRAFT", null,
                world.schoolCurator);
        assertThat(list.findValuesAsString("id")).containsExactly(id);
        // Another school's list of this organization holds only what is published: nothing yet.
        assertThat(world.ok("GET", "/api/publications/practices?organizationId=" + world.school, null,
                world.otherSchoolCurator)).isEmpty();
    }
}
