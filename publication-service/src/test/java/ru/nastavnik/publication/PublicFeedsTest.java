package ru.nastavnik.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import ru.nastavnik.events.participant.ConsentScope;
import ru.nastavnik.events.participant.ConsentWithdrawn;
import ru.nastavnik.platform.testkit.RealInfrastructure;
import ru.nastavnik.platform.testkit.TestEvents;
import ru.nastavnik.publication.domain.PublishingOrganizations;
import tools.jackson.databind.JsonNode;

/**
 * The public feeds, fetched as a feed reader or another site does: anonymously. Only published practices and news of
 * the feed's place appear, names only with consent, markup only in the safe subset; the validators make repeated
 * requests cheap 304s; unknown feeds are problem+json 404s.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = FeedWorld.CONTEXT)
@RealInfrastructure
class PublicFeedsTest {

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    PublishingOrganizations organizations;

    FeedWorld feeds;

    @BeforeEach
    void world() {
        feeds = new FeedWorld(port, organizations);
    }

    @Test
    void eachPlaceShowsItsPublishedPracticesAndNewsOnlyAndNamesOnlyWithConsent() throws Exception {
        UUID consenting = UUID.randomUUID();
        String published = feeds.draft(PracticeWorld.content("Школа молодого педагога", "Год сопровождения молодых учителей",
                "<p>Молодые учителя уходят</p>", "<p>Пары «учитель – учитель»</p>", "<p>Остались все</p>", List.of()),
                List.of(Map.of("personId", consenting.toString(), "name", "Иванова Анна Петровна", "nameConsent", true),
                        Map.of("personId", UUID.randomUUID().toString(), "name", "Сидоров Пётр Ильич", "nameConsent", false)));
        feeds.publish(published);
        feeds.draft("Черновик практики");
        String submitted = feeds.draft("Практика на модерации");
        feeds.world.moderate(submitted, "SUBMIT", null, feeds.world.schoolCurator);
        String accepted = feeds.draft("Практика, принятая в региональный банк");
        feeds.world.moderate(accepted, "SUBMIT", null, feeds.world.schoolCurator);
        feeds.world.moderate(accepted, "MUNICIPALITY_ACCEPT", null, feeds.world.municipalCurator);
        feeds.world.moderate(accepted, "REGION_ACCEPT", null, feeds.world.regionAdmin);
        feeds.news("Встреча-знакомство пар", "<p>Прошла встреча</p>", "События");
        feeds.publishedByOtherSchool("Наставничество в гимназии");

        JsonNode school = feeds.json(feeds.organizationFeed("json"));
        assertThat(school.get("title").asString())
                .isEqualTo("Наставничество — " + FeedWorld.SCHOOL_NAME + ": практики и новости");
        assertThat(school.get("items").findValuesAsString("title"))
                .containsExactlyInAnyOrder("Школа молодого педагога", "Встреча-знакомство пар");
        assertThat(feeds.json("/public/feeds/municipalities/" + feeds.world.municipality + ".json").get("items")
                .findValuesAsString("title")).containsExactlyInAnyOrder("Школа молодого педагога", "Встреча-знакомство пар");
        assertThat(feeds.json("/public/feeds/municipalities/" + feeds.world.otherMunicipality + ".json").get("items")
                .findValuesAsString("title")).containsExactly("Наставничество в гимназии");
        JsonNode region = feeds.json("/public/feeds/regions/" + feeds.world.region + ".json");
        assertThat(region.get("title").asString()).isEqualTo("Наставничество — " + FeedWorld.REGION_NAME + ": практики и новости");
        assertThat(region.get("items").findValuesAsString("title")).containsExactlyInAnyOrder("Школа молодого педагога",
                "Встреча-знакомство пар", "Наставничество в гимназии");
        List<String> dates = region.get("items").findValuesAsString("date_published");
        assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());

        JsonNode practice = null;
        for (JsonNode item : school.get("items")) {
            if (item.get("title").asString().equals("Школа молодого педагога")) {
                practice = item;
            }
        }
        assertThat(practice).isNotNull();
        assertThat(practice.get("id").asString()).isEqualTo("urn:uuid:" + published);
        assertThat(practice.get("url").asString()).isEqualTo("https://nastavnik.example.org/public/widget/organizations/"
                + feeds.world.school + ".html#practice-" + published);
        assertThat(practice.get("summary").asString()).isEqualTo("Год сопровождения молодых учителей");
        List<String> tags = new java.util.ArrayList<>();
        practice.get("tags").forEach(tag -> tags.add(tag.asString()));
        assertThat(tags)
                .contains("учитель – учитель", "традиционное наставничество", "математика");
        assertThat(practice.get("authors").findValuesAsString("name")).containsExactly("Иванова Анна Петровна", "Автор");

        for (String extension : List.of("atom", "rss", "json")) {
            String body = feeds.get(feeds.organizationFeed(extension)).body();
            assertThat(body).contains("Школа молодого педагога", "Иванова Анна Петровна", "Встреча-знакомство пар")
                    .doesNotContain("Сидоров", "Ильич", consenting.toString(), "Черновик практики", "Практика на модерации",
                            "Практика, принятая в региональный банк", "Наставничество в гимназии");
        }
        assertThat(feeds.get("/public/widget/organizations/" + feeds.world.school + ".html").body())
                .contains("Школа молодого педагога", "Встреча-знакомство пар").doesNotContain("Сидоров", "Черновик практики");

        // The person withdraws their consent: from then on the feeds say «Автор» (the rendered feeds are dropped).
        TestEvents.publish(bootstrapServers, new ConsentWithdrawn(consenting, feeds.world.school,
                ConsentScope.NAME_PUBLICATION, LocalDate.now()));
        await().atMost(Duration.ofSeconds(60)).until(() -> !feeds.get(feeds.organizationFeed("atom")).body().contains("Иванова"));
        for (String extension : List.of("atom", "rss", "json")) {
            assertThat(feeds.get(feeds.organizationFeed(extension)).body()).doesNotContain("Иванова").contains("Автор");
        }
    }

    @Test
    void validatorsMakeRepeatedRequestsBodiless304sUntilSomethingIsPublished() throws Exception {
        feeds.published("Первая практика");
        String path = feeds.organizationFeed("atom");

        HttpResponse<String> first = feeds.get(path);
        assertThat(first.statusCode()).isEqualTo(200);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertThat(etag).matches("\"[A-Za-z0-9_-]+\"");
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("public, max-age=300");
        assertThat(feeds.get(path).headers().firstValue("ETag")).hasValue(etag);

        HttpResponse<String> byTag = feeds.get(path, "If-None-Match", etag);
        assertThat(byTag.statusCode()).isEqualTo(304);
        assertThat(byTag.body()).isEmpty();
        assertThat(byTag.headers().firstValue("ETag")).hasValue(etag);
        assertThat(feeds.get(path, "If-None-Match", "\"something-else\", W/" + etag).statusCode()).isEqualTo(304);
        assertThat(feeds.get(path, "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);
        String dayBefore = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME).minusDays(1));
        assertThat(feeds.get(path, "If-Modified-Since", dayBefore).statusCode()).isEqualTo(200);
        // If-None-Match decides when both are sent.
        assertThat(feeds.get(path, "If-None-Match", "\"stale\"", "If-Modified-Since", lastModified).statusCode()).isEqualTo(200);
        assertThat(feeds.get(feeds.organizationFeed("json")).headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);

        feeds.published("Вторая практика");

        HttpResponse<String> changed = feeds.get(path, "If-None-Match", etag);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.body()).contains("Вторая практика");
        assertThat(changed.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
        assertThat(feeds.get(path, "If-None-Match", changed.headers().firstValue("ETag").orElseThrow()).statusCode())
                .isEqualTo(304);
    }

    @Test
    void anySiteMayReadTheFeedsButNobodyMayWriteThere() throws Exception {
        feeds.published("Практика для чужих сайтов");
        Map<String, String> types = Map.of("atom", "application/atom+xml;charset=UTF-8",
                "rss", "application/rss+xml;charset=UTF-8", "json", "application/feed+json;charset=UTF-8");
        for (var type : types.entrySet()) {
            HttpResponse<String> response = feeds.get(feeds.organizationFeed(type.getKey()),
                    "Origin", "https://school-17.example.org");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValue(type.getValue());
            assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
            assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
            assertThat(response.headers().firstValue("X-Frame-Options")).isEmpty();
        }
        HttpResponse<String> head = feeds.send("HEAD", feeds.organizationFeed("rss"));
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("ETag")).isEqualTo(feeds.get(feeds.organizationFeed("rss")).headers().firstValue("ETag"));

        assertThat(feeds.send("POST", feeds.organizationFeed("json")).statusCode()).isEqualTo(401);
        assertThat(feeds.send("DELETE", feeds.organizationFeed("json")).statusCode()).isEqualTo(401);
    }

    @Test
    void unknownFeedsAreProblemNotFound() throws Exception {
        for (String path : List.of("/public/feeds/organizations/" + UUID.randomUUID() + ".atom",
                "/public/feeds/municipalities/" + UUID.randomUUID() + ".json",
                "/public/feeds/regions/" + UUID.randomUUID() + ".rss",
                "/public/feeds/schools/" + feeds.world.school + ".atom",
                "/public/feeds/organizations/" + feeds.world.school + ".xml",
                "/public/feeds/organizations/" + feeds.world.school + ".html",
                "/public/feeds/organizations/not-a-uuid.json",
                "/public/widget/organizations/" + UUID.randomUUID() + ".html")) {
            HttpResponse<String> response = feeds.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).as(path).hasValue("application/problem+json");
            assertThat(PracticeWorld.JSON.readTree(response.body()).get("code").asString()).as(path).isEqualTo("FEED_NOT_FOUND");
        }
    }

    @Test
    void markupOutsideTheSafeSubsetNeverReachesAFeed() throws Exception {
        String id = feeds.draft(PracticeWorld.content("Кейс &lt;script&gt;alert(1)&lt;/script&gt;",
                "<img src=x onerror=alert(1)>Сводка",
                "<p onclick=\"steal()\">Проблема</p><script>steal()</script><style>p{}</style><iframe src=\"https://evil.example\"></iframe>",
                "<a href=\"javascript:alert(1)\">ссылка</a> <a href=\"https://example.org/ok\" target=\"_top\">хорошая</a>",
                "<svg onload=alert(1)><b>жирный</b></svg><em>курсив</em>", List.of("<i>тег</i>")), List.of());
        feeds.publish(id);

        JsonNode item = feeds.json(feeds.organizationFeed("json")).get("items").get(0);
        assertThat(item.get("title").asString()).isEqualTo("Кейс <script>alert(1)</script>"); // text, never markup
        assertThat(item.get("summary").asString()).isEqualTo("Сводка");
        String html = item.get("content_html").asString();
        assertThat(html).contains("Проблема", "ссылка", "хорошая", "курсив")
                .doesNotContain("steal", "onclick", "onerror", "onload", "javascript:", "evil.example", "<script", "<style",
                        "<iframe", "<svg", "target=");
        assertOnlySafeSubset(html);

        String atom = feeds.get(feeds.organizationFeed("atom")).body();
        String rss = feeds.get(feeds.organizationFeed("rss")).body();
        for (String xml : List.of(atom, rss)) {
            assertThat(xml).doesNotContain("<script", "steal", "onerror", "javascript:");
        }
    }

    /** Every element in the safe subset, every attribute an http(s) link or its rel. */
    static void assertOnlySafeSubset(String html) {
        Set<String> tags = Set.of("p", "br", "strong", "em", "ul", "ol", "li", "a");
        for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            if (element.tagName().equals("body")) {
                continue;
            }
            assertThat(tags).as(html).contains(element.tagName());
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey()).as(html).isIn("href", "rel");
                if (attribute.getKey().equals("href")) {
                    assertThat(attribute.getValue()).as(html).matches("https?://.*");
                }
            }
        }
    }
}
