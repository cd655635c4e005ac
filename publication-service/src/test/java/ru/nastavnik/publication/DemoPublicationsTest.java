package ru.nastavnik.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import ru.nastavnik.demo.DemoRegion;
import ru.nastavnik.platform.testkit.RealInfrastructure;
import ru.nastavnik.platform.testkit.TestHttp;
import ru.nastavnik.platform.testkit.TestTokens;
import ru.nastavnik.publication.application.DemoPublicationsSeeder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The embedded default's demo publications: published through every moderation step, seeded once. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "nastavnik.demo.publications=true")
@RealInfrastructure
class DemoPublicationsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    DemoPublicationsSeeder seeder;

    @Test
    void theDemoRegionStartsWithPublishedPracticesAndNewsAndARestartAddsNothing() throws Exception {
        seeder.run(new DefaultApplicationArguments());

        String regionAdmin = TestTokens.get().forUser("region.admin");
        JsonNode published = get("/api/publications/practices?status=PUBLISHED", regionAdmin);
        assertThat(published.findValuesAsString("organizationId"))
                .containsExactlyInAnyOrder(DemoRegion.SCHOOL_1.id().toString(), DemoRegion.SCHOOL_7.id().toString());
        JsonNode practice = published.get(0);
        assertThat(practice.get("history").findValuesAsString("action"))
                .containsExactly("SUBMIT", "MUNICIPALITY_ACCEPT", "REGION_ACCEPT", "PUBLISH");

        String curator = TestTokens.get().forUser("school1.curator");
        JsonNode news = get("/api/publications/organizations/" + DemoRegion.SCHOOL_1.id() + "/news", curator);
        assertThat(news.size()).isEqualTo(2);
        assertThat(news.get(0).get("title").asString()).isEqualTo("Итоги методического семинара наставников");

        // A morphological search finds the demo practice: «наставника» → «Наставники».
        JsonNode found = get("/api/publications/practices/search?q=" + java.net.URLEncoder.encode("наставника", "UTF-8"),
                regionAdmin);
        assertThat(found.get("items").findValuesAsString("id")).contains(practiceOf(published, DemoRegion.SCHOOL_1.id()));
    }

    private static String practiceOf(JsonNode practices, UUID organizationId) {
        for (JsonNode practice : practices) {
            if (practice.get("organizationId").asString().equals(organizationId.toString())) {
                return practice.get("id").asString();
            }
        }
        throw new AssertionError("no practice of " + organizationId);
    }

    private JsonNode get(String path, String token) throws Exception {
        return TestHttp.read(TestHttp.send("http://localhost:" + port, "GET", path, null, token), 200);
    }
}
