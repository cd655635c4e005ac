package ru.nastavnik.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import ru.nastavnik.platform.testkit.RealInfrastructure;
import ru.nastavnik.platform.testkit.TestHttp;
import tools.jackson.databind.JsonNode;

/** The «Наставничество» website section: news with sanitized bodies, rubrics, and a content plan news fulfil. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class PracticeNewsTest {

    @LocalServerPort
    int port;

    @Test
    void theCuratorKeepsTheSectionAndItsContentPlan() throws Exception {
        PracticeWorld world = new PracticeWorld(port);
        String base = "/api/publications/organizations/" + world.school;

        JsonNode planned = world.ok("POST", base + "/content-plan", Map.of("topic", "Итоги встречи-знакомства пар",
                "rubric", "Новости наставничества", "plannedOn", "2026-10-15"), world.schoolCurator);
        world.ok("POST", base + "/content-plan", Map.of("topic", "Положение о наставничестве", "rubric", "Документы",
                "plannedOn", "2026-09-10"), world.schoolCurator);

        JsonNode news = world.ok("POST", base + "/news", Map.of("title", "Встреча-знакомство <i>пар</i>",
                "body", "<p>Прошла <strong>встреча</strong></p><script>alert(1)</script><a href=\"javascript:x()\">x</a>",
                "date", "2026-10-14", "rubric", "Новости наставничества", "planEntryId", planned.get("id").asString()),
                world.schoolCurator);
        assertThat(news.get("title").asString()).isEqualTo("Встреча-знакомство пар");
        assertThat(news.get("body").asString()).isEqualTo("<p>Прошла <strong>встреча</strong></p><a rel=\"nofollow noopener\">x</a>");
        world.ok("POST", base + "/news", Map.of("title", "Утверждено положение", "body", "<p>Приказ № 12</p>",
                "date", "2026-09-12", "rubric", "Документы"), world.schoolCurator);

        JsonNode plan = world.ok("GET", base + "/content-plan", null, world.municipalCurator);
        assertThat(plan.findValuesAsString("topic")).containsExactly("Положение о наставничестве", "Итоги встречи-знакомства пар");
        assertThat(plan.get(1).get("newsId").asString()).isEqualTo(news.get("id").asString());
        assertThat(plan.get(0).get("newsId").isNull()).isTrue();

        assertThat(world.ok("GET", base + "/news", null, world.otherSchoolCurator).findValuesAsString("title"))
                .containsExactly("Встреча-знакомство пар", "Утверждено положение");
        assertThat(world.ok("GET", base + "/news?rubric=" + java.net.URLEncoder.encode("Документы", "UTF-8"), null,
                world.schoolCurator).findValuesAsString("title")).containsExactly("Утверждено положение");

        // The plan entry is done: a second news item cannot claim it.
        assertThat(TestHttp.code(world.call("POST", base + "/news", Map.of("title", "Ещё раз", "body", "<p>x</p>",
                "date", "2026-10-16", "rubric", "Новости наставничества", "planEntryId", planned.get("id").asString()),
                world.schoolCurator), 409)).isEqualTo("PLAN_ENTRY_DONE");

        JsonNode edited = world.ok("PUT", "/api/publications/news/" + news.get("id").asString(), Map.of("version", 1,
                "title", "Встреча-знакомство наставнических пар", "body", "<p>Исправлено</p>", "date", "2026-10-14",
                "rubric", "Новости наставничества"), world.schoolCurator);
        assertThat(edited.get("version").asLong()).isEqualTo(2);
        assertThat(TestHttp.code(world.call("PUT", "/api/publications/news/" + news.get("id").asString(), Map.of("version", 1,
                "title", "Устаревшая правка", "body", "<p>x</p>", "date", "2026-10-14", "rubric", "Новости"),
                world.schoolCurator), 409)).isEqualTo("CONCURRENT_MODIFICATION");
    }

    @Test
    void badNewsIsRefusedFieldByFieldAndOnlyTheCuratorWrites() throws Exception {
        PracticeWorld world = new PracticeWorld(port);
        String base = "/api/publications/organizations/" + world.school;

        JsonNode empty = TestHttp.read(world.call("POST", base + "/news", Map.of("title", "Пустая",
                "body", "<script>alert(1)</script>", "date", "2026-10-14", "rubric", "Новости"), world.schoolCurator), 400);
        assertThat(TestHttp.fields(empty)).containsExactly("body");
        JsonNode badDate = TestHttp.read(world.call("POST", base + "/news", Map.of("title", "Дата",
                "body", "<p>x</p>", "date", "14.10.2026", "rubric", "Новости"), world.schoolCurator), 400);
        assertThat(TestHttp.fields(badDate)).containsExactly("date");
        assertThat(TestHttp.code(world.call("POST", base + "/news", Map.of("title", "Чужая", "body", "<p>x</p>",
                "date", "2026-10-14", "rubric", "Новости"), world.municipalCurator), 403)).isEqualTo("FORBIDDEN");
        assertThat(world.ok("GET", base + "/news", null, world.schoolCurator)).isEmpty();
    }
}
