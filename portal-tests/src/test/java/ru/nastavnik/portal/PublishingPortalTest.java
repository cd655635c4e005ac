package ru.nastavnik.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.nastavnik.portal.PortalPages.*;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import ru.nastavnik.demo.DemoRegion;

/**
 * The website side of «Публикации»: school 1's curator plans and writes a news item, copies the feed addresses and
 * the widget snippets of the school (built from the portal's own origin), finds the final collection's links for a
 * chosen year, and sees the widget's script render the school's news in a page of another origin; the regional
 * institute gets the region's feeds and announces a contest (judging without entries is refused in Russian). The
 * feeds' formats and the documents themselves are the services' to test.
 */
@PortalTest
class PublishingPortalTest {

    static final DemoRegion.User CURATOR = DemoRegion.user("school1.curator").orElseThrow();
    static final DemoRegion.User REGION = DemoRegion.user("region.admin").orElseThrow();

    @Test
    void aCuratorWritesNewsAndGetsTheFeedsTheWidgetAndTheCollection(Browser browser) {
        browser.logIn(CURATOR);
        assertThat(menuOf(browser)).containsExactly("practices", "my-practices", "contests", "news", "feeds", "collection");

        // The content plan, then a news item fulfilling it.
        browser.click(navigation("news"));
        browser.waitForText(By.tagName("h1"), "Новости раздела «Наставничество»");
        browser.click(By.cssSelector("#plan-form button[type=submit]"));
        browser.waitForText(By.id("plan-topic-error"), "Укажите тему публикации");
        browser.type(By.id("plan-topic"), "Итоги первой четверти");
        browser.js("arguments[0].value = '2026-11-15';", browser.waitFor(By.id("plan-date")));
        browser.click(By.cssSelector("#plan-form button[type=submit]"));
        browser.waitForText(By.cssSelector(".content-plan"), "Итоги первой четверти");
        browser.type(By.id("news-title"), "День наставника в школе");
        // The toolbar wraps the selection in markup the service keeps.
        browser.type(By.id("news-body"), "поблагодарили");
        browser.js("arguments[0].select();", browser.waitFor(By.id("news-body")));
        browser.click(By.cssSelector(".rich-toolbar[aria-controls='news-body'] button[title='Курсив']"));
        assertThat(browser.waitFor(By.id("news-body")).getAttribute("value")).isEqualTo("<em>поблагодарили</em>");
        new Select(browser.waitFor(By.id("news-plan"))).selectByIndex(1);
        browser.click(By.id("save-news"));
        By item = By.cssSelector(".news-item");
        browser.waitForText(item, "День наставника в школе");
        assertThat(browser.waitFor(By.cssSelector(".news-item .news-body em")).getText()).isEqualTo("поблагодарили");
        assertThat(browser.waitFor(By.cssSelector(".content-plan")).getText()).contains("выполнено");
        browser.click(By.cssSelector(".news-item .edit-news"));
        browser.waitForText(By.cssSelector("#news-form h2"), "Изменить новость");
        browser.type(By.id("news-title"), "День наставника в школе № 1");
        browser.click(By.id("save-news"));
        browser.waitForText(By.cssSelector(".news-item .news-title"), "День наставника в школе № 1");
        assertThat(browser.findAll(item)).hasSize(1);
        browser.atEveryViewport("news", () -> { });

        // Feeds and widget of the school, from this origin.
        browser.click(navigation("feeds"));
        browser.waitForText(By.tagName("h1"), "Лента и виджет");
        String origin = browser.baseUrl();
        String school = "organizations/" + DemoRegion.SCHOOL_1.id();
        assertThat(value(browser, "feed-atom")).isEqualTo(origin + "/public/feeds/" + school + ".atom");
        assertThat(value(browser, "feed-rss")).isEqualTo(origin + "/public/feeds/" + school + ".rss");
        assertThat(value(browser, "feed-json")).isEqualTo(origin + "/public/feeds/" + school + ".json");
        assertThat(value(browser, "widget-script")).isEqualTo("<script src=\"" + origin + "/public/widget.js\" data-feed=\""
                + school + "\" data-limit=\"5\" async></script>");
        assertThat(value(browser, "widget-iframe")).isEqualTo("<iframe src=\"" + origin + "/public/widget/" + school
                + ".html\" width=\"100%\" height=\"420\" style=\"border:0\" title=\"Наставничество\"></iframe>");
        assertThat(browser.waitFor(By.cssSelector(".widget-preview")).getAttribute("src"))
                .isEqualTo(origin + "/public/widget/" + school + ".html");
        assertThat(browser.waitFor(By.cssSelector(".feed[data-format='rss'] .feed-link")).getAttribute("href"))
                .isEqualTo(origin + "/public/feeds/" + school + ".rss");
        browser.click(By.cssSelector(".copy-button[data-target='widget-script']"));
        browser.waitUntil(d -> !d.findElement(By.cssSelector(".widget-snippets .copy-status")).getText().isBlank());
        browser.atEveryViewport("feeds", () -> { });

        // The final collection of a chosen academic year.
        browser.click(navigation("collection"));
        browser.waitForText(By.tagName("h1"), "Итоговый сборник");
        String api = origin + "/api/publications/organizations/" + DemoRegion.SCHOOL_1.id();
        String current = academicYear(LocalDate.now());
        assertThat(browser.waitFor(By.cssSelector(".collection-docx")).getAttribute("href"))
                .isEqualTo(api + "/collection.docx?year=" + current);
        String previous = academicYear(LocalDate.now().minusYears(1));
        new Select(browser.waitFor(By.id("collection-year"))).selectByValue(previous);
        browser.waitUntil(d -> d.findElement(By.cssSelector(".collection-pdf")).getAttribute("href")
                .equals(api + "/collection.pdf?year=" + previous));
        browser.atEveryViewport("collection", () -> { });

        // The widget in a page of another origin (the portal's landing page at 127.0.0.1 instead of localhost: a
        // cross-origin read of the feed, without Chrome's limits on public pages reaching the local network): the
        // script tag a school pastes, the feed read over CORS, the entries as text in the widget's shadow root.
        String otherOrigin = origin.replace("//localhost", "//127.0.0.1");
        assertThat(otherOrigin).isNotEqualTo(origin);
        browser.driver().get(otherOrigin + "/");
        browser.waitFor(LOGIN_BUTTON);
        long before = ((Number) browser.js("return document.body.querySelectorAll('*').length;")).longValue();
        browser.js("var s = document.createElement('script'); s.src = arguments[0] + '/public/widget.js';"
                + "s.setAttribute('data-feed', arguments[1]); s.setAttribute('data-limit', '5');"
                + "document.body.appendChild(s);", origin, school);
        String widget = browser.waitUntil(d -> {
            Object text = ((org.openqa.selenium.JavascriptExecutor) d).executeScript("var host = Array.from("
                    + "document.querySelectorAll('*')).find(function (e) { return e.shadowRoot; });"
                    + "return host ? host.shadowRoot.textContent : null;");
            return text != null && text.toString().contains("День наставника в школе № 1") ? text.toString() : null;
        });
        assertThat(widget).contains("Новости");
        // Nothing from the feed became markup in the page itself: the script and the widget's host, nothing else.
        assertThat(((Number) browser.js("return document.body.querySelectorAll('*').length;")).longValue())
                .isEqualTo(before + 2);
        browser.open("/school/");
        browser.click(LOGOUT);
        browser.waitFor(LOGIN_BUTTON);

        // The regional institute: the region's feeds, and a contest announced.
        browser.logIn(REGION);
        assertThat(menuOf(browser)).containsExactly("practices", "moderation", "contests", "feeds");
        assertThat(((Number) browser.js("return document.querySelector('.portal-navbar').offsetHeight;")).intValue())
                .isLessThan(80);
        browser.click(navigation("feeds"));
        assertThat(browser.waitFor(By.id("feed-atom")).getAttribute("value"))
                .isEqualTo(origin + "/public/feeds/regions/" + DemoRegion.REGION.id() + ".atom");
        browser.waitForText(By.cssSelector(".feed-scope-name"), DemoRegion.REGION.name());

        browser.click(navigation("contests"));
        browser.waitForText(By.tagName("h1"), "Конкурсы практик");
        browser.click(By.cssSelector("#contest-form button[type=submit]"));
        browser.waitForText(By.id("contest-name-error"), "Укажите название конкурса");
        browser.type(By.id("contest-name"), "Лучшая практика наставничества — 2026");
        browser.type(By.id("contest-nominations"), "Учитель – учитель\nУченик – ученик");
        browser.click(By.cssSelector("#contest-form button[type=submit]"));
        browser.waitForText(By.cssSelector("h1.contest-title"), "Лучшая практика наставничества — 2026");
        assertThat(browser.findAll(By.cssSelector(".nomination"))).hasSize(2);
        browser.click(By.cssSelector(".start-judging"));
        browser.waitForText(By.cssSelector(".contest-action-status .problem"), "не подано ни одной заявки");
        browser.click(By.linkText("← Все конкурсы"));
        browser.waitForText(By.cssSelector(".contest-list"), "Лучшая практика наставничества — 2026");
        browser.assertNoLeakedValues();
    }

    private static List<String> menuOf(Browser browser) {
        return browser.findAll(By.cssSelector("[data-nav='publications'] + .dropdown-menu [data-nav]")).stream()
                .map(e -> e.getAttribute("data-nav")).toList();
    }

    private static String value(Browser browser, String id) {
        WebElement element = browser.waitFor(By.id(id));
        return element.getAttribute("value");
    }

    /** «2026-2027» from September, as the portal offers it. */
    private static String academicYear(LocalDate day) {
        int start = day.getMonthValue() >= 9 ? day.getYear() : day.getYear() - 1;
        return start + "-" + (start + 1);
    }
}
