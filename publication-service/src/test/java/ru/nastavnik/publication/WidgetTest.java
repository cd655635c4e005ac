package ru.nastavnik.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import ru.nastavnik.platform.testkit.RealInfrastructure;
import ru.nastavnik.publication.domain.PublishingOrganizations;

/**
 * The embeddable widget, both ways. The iframe page is escaped on the server and may run no script at all (its
 * policy allows none, any site may frame it); the script for a school's page (served by the gateway) builds its
 * list with text nodes only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = FeedWorld.CONTEXT)
@RealInfrastructure
class WidgetTest {

    /** The widget script lives with the gateway's static files; the tests run in this module's directory. */
    static final Path WIDGET_SCRIPT = Path.of("..", "gateway", "src", "main", "resources", "static", "public", "widget.js");

    @LocalServerPort
    int port;

    @Autowired
    PublishingOrganizations organizations;

    FeedWorld feeds;

    @BeforeEach
    void world() {
        feeds = new FeedWorld(port, organizations);
    }

    @Test
    void theIframePageShowsHostileTextAsTextAndMayRunNoScript() throws Exception {
        // Entities decode to text on input: the stored title and summary really contain "<script>" and "onerror=".
        String id = feeds.draft(PracticeWorld.content("Кейс &lt;script&gt;alert(1)&lt;/script&gt;",
                "&lt;img src=x onerror=alert(2)&gt; и \"кавычки\"",
                "<p>Проблема</p><script>alert(3)</script><img src=x onerror=alert(4)>",
                "<a href=\"javascript:alert(5)\">ссылка</a>", "<p onmouseover=\"alert(6)\">Итог</p>", List.of()), List.of());
        feeds.publish(id);
        feeds.news("Новость &lt;b onmouseover=alert(7)&gt;", "<p>Текст</p><iframe src=\"https://evil.example\"></iframe>", "События");

        HttpResponse<String> page = feeds.get("/public/widget/organizations/" + feeds.world.school + ".html",
                "Origin", "https://school-17.example.org");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
        assertThat(page.headers().firstValue("X-Frame-Options")).isEmpty();
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("default-src 'none'", "frame-ancestors *", "base-uri 'none'", "form-action 'none'",
                "sandbox").doesNotContain("script-src", "unsafe-inline", "unsafe-eval", "allow-scripts");

        String html = page.body();
        assertThat(html).contains("Кейс &lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(2)&gt;",
                "&quot;кавычки&quot;", "Новость &lt;b onmouseover=alert(7)&gt;");
        Document document = Jsoup.parse(html);
        assertThat(document.select("script, img, iframe, object, embed, svg, form, base")).isEmpty();
        for (Element element : document.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey()).as(element.tagName()).doesNotStartWith("on");
                if (attribute.getKey().equals("href")) {
                    assertThat(attribute.getValue()).matches("https?://.*");
                }
            }
        }
        assertThat(document.text()).contains("Кейс <script>alert(1)</script>", "Практики наставничества", "Новости");
        assertThat(document.getElementById("practice-" + id)).isNotNull();
        assertThat(document.getElementById("practice-" + id).selectFirst("a").attr("href"))
                .isEqualTo("https://nastavnik.example.org/public/widget/organizations/" + feeds.world.school + ".html#practice-" + id);

        // The one inline stylesheet is admitted by its hash, nothing else is.
        String css = document.selectFirst("style").data();
        String hash = Base64.getEncoder().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(css.getBytes(StandardCharsets.UTF_8)));
        assertThat(policy).contains("style-src 'sha256-" + hash + "'");
    }

    @Test
    void theIframePageIsCachedAndRevalidatedLikeTheFeeds() throws Exception {
        feeds.published("Практика для страницы виджета");
        String path = "/public/widget/organizations/" + feeds.world.school + ".html";
        HttpResponse<String> page = feeds.get(path);
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("public, max-age=300");
        assertThat(feeds.get(path, "If-None-Match", page.headers().firstValue("ETag").orElseThrow()).statusCode()).isEqualTo(304);
        assertThat(feeds.get("/public/widget/regions/" + feeds.world.region + ".html").body())
                .contains("Практика для страницы виджета");
    }

    @Test
    void theWidgetScriptBuildsItsListWithTextNodesOnly() throws Exception {
        String script = Files.readString(WIDGET_SCRIPT, StandardCharsets.UTF_8);
        assertThat(script).contains("textContent", "createElement", "attachShadow", "/public/feeds/", ".json",
                "credentials: 'omit'", "Практики наставничества", "Новости");
        assertThat(script).doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(",
                "new Function", "createContextualFragment", "DOMParser", "srcdoc");
        // Only http(s) links are made from feed data, so a javascript: URL in a feed cannot become a link.
        assertThat(script).contains("/^https?:\\/\\//i");
    }
}
