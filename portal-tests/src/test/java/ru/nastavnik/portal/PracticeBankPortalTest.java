package ru.nastavnik.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.nastavnik.portal.PortalPages.*;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import ru.nastavnik.demo.DemoRegion;

/**
 * «Публикации» end to end: school 1's curator describes two practices (one with a picture attached, a text file
 * refused in Russian; the other with markup in its title, which is shown as text), meets a concurrent edit, and
 * submits both; the Leningradsky curator accepts both from the queue (a return without a comment is refused); the
 * regional institute returns one with a comment and accepts and publishes the other, which school 7's curator then
 * finds by another form of a word of its title; school 1's curator reads the return comment and enters the published
 * practice into a regional contest, which the regional jury scores and closes with it as the winner.
 */
@PortalTest
class PracticeBankPortalTest {

    static final DemoRegion.User CURATOR = DemoRegion.user("school1.curator").orElseThrow();
    static final DemoRegion.User MUNICIPAL = DemoRegion.user("leningradsky.curator").orElseThrow();
    static final DemoRegion.User REGION = DemoRegion.user("region.admin").orElseThrow();
    static final DemoRegion.User OTHER_CURATOR = DemoRegion.user("school7.curator").orElseThrow();

    static final String GOOD_TITLE = "Школа молодого педагога: наставники рядом";
    /** Typed with entities: the service decodes them, so the stored title is markup as text, never as markup. */
    static final String MARKUP_TYPED = "Практика &lt;img src=x onerror=\"window.__xss=1\"&gt; адаптации";
    static final String MARKUP_SHOWN = "Практика <img src=x onerror=\"window.__xss=1\"> адаптации";
    static final String RETURN_COMMENT = "Добавьте результаты в цифрах";
    static final String CONTEST = "Конкурс «Первый год в профессии»";
    static final Pattern EDIT_HASH = Pattern.compile("#/practices/([0-9a-f-]{36})/edit$");

    @Test
    void aPracticeGoesFromTheSchoolThroughModerationToTheRegionalBank(Browser browser) throws Exception {
        browser.logIn(CURATOR);
        // The header keeps one line within 1280 px with the «Публикации» menu added.
        assertThat(((Number) browser.js("return document.querySelector('.portal-navbar').offsetHeight;")).intValue())
                .isLessThan(80);
        assertThat(((Number) browser.js("return document.getElementById('main-nav').getBoundingClientRect().right;"))
                .doubleValue()).isLessThanOrEqualTo(1280);
        assertThat(browser.waitForPresent(navigation("publications")).getText()).isEqualTo("Публикации");

        // The first practice, with figures, an author and a picture.
        browser.click(navigation("my-practices"));
        browser.waitForText(By.tagName("h1"), "Мои практики");
        browser.click(By.id("new-practice"));
        browser.waitForText(By.tagName("h1"), "Новая практика");
        browser.click(By.id("save-practice"));
        browser.waitForText(By.id("practice-title-error"), "Укажите название практики");
        browser.type(By.id("practice-title"), GOOD_TITLE);
        browser.type(By.id("practice-summary"), "Пары «опытный – молодой учитель» на первый год работы.");
        new Select(browser.waitFor(By.id("practice-form"))).selectByValue("TEACHER_TEACHER");
        new Select(browser.waitFor(By.id("practice-format"))).selectByValue("TRADITIONAL");
        browser.type(By.id("practice-audience"), "Молодые педагоги");
        browser.type(By.id("practice-subjects"), "математика, физика");
        browser.type(By.id("practice-problem"), "<p>Молодые учителя уходят в первый год.</p>");
        browser.type(By.id("practice-solution"), "<p>Каждому — <strong>опытный коллега</strong> и план на год.</p>");
        browser.type(By.id("practice-results"), "<ul><li>Все остались в школе</li></ul>");
        browser.click(By.id("add-figure"));
        browser.type(By.id("figure-label-0"), "Доля оставшихся в школе");
        browser.type(By.id("figure-value-0"), "92");
        browser.type(By.id("figure-unit-0"), "%");
        browser.click(By.id("add-author"));
        new Select(browser.waitFor(By.id("author-person-0"))).selectByVisibleText(DemoRegion.MENTOR_SCHOOL_1.fullName());
        assertThat(browser.waitFor(By.id("author-name-0")).getAttribute("value")).isEqualTo(DemoRegion.MENTOR_SCHOOL_1.fullName());
        browser.click(By.id("author-consent-0"));
        browser.type(By.id("practice-tags"), "адаптация, первый год");
        browser.click(By.id("save-practice"));
        browser.waitForText(By.cssSelector(".flash"), "Практика сохранена. Версия 1.");
        String good = practiceIdFromHash(browser);
        browser.atEveryViewport("practice-editor", () -> { });

        Path picture = Files.createTempFile("practice-", ".png");
        picture.toFile().deleteOnExit();
        BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        image.getGraphics().setColor(Color.ORANGE);
        image.getGraphics().fillRect(0, 0, 40, 20);
        ImageIO.write(image, "png", picture.toFile());
        Path text = Files.createTempFile("notes-", ".png");
        text.toFile().deleteOnExit();
        Files.writeString(text, "просто текст, не картинка");

        browser.waitForPresent(By.id("material-file")).sendKeys(text.toString());
        browser.click(By.id("upload-material"));
        browser.waitForText(By.cssSelector(".upload-status .problem"), "Неподдерживаемый тип файла");
        browser.waitForPresent(By.id("material-file")).sendKeys(picture.toString());
        browser.click(By.id("upload-material"));
        browser.waitForText(By.cssSelector(".flash"), "загружен");
        assertThat(browser.waitFor(By.cssSelector(".practice-materials .material-link")).getAttribute("href"))
                .contains("/api/publications/practices/" + good + "/materials/");
        browser.click(By.cssSelector(".submit-practice"));
        browser.waitFor(By.cssSelector(".practice-status[data-status='SUBMITTED']"));

        // The second practice: markup in the title, and a concurrent edit in another tab.
        browser.click(navigation("my-practices"));
        browser.click(By.id("new-practice"));
        browser.type(By.id("practice-title"), MARKUP_TYPED);
        browser.type(By.id("practice-solution"), "<p>Встречи раз в неделю.</p><script>window.__xss=2</script>");
        browser.click(By.id("save-practice"));
        browser.waitForText(By.cssSelector(".flash"), "Версия 1.");
        String marked = practiceIdFromHash(browser);
        browser.apiCall("PUT", "/api/publications/practices/" + marked,
                "{\"version\":1,\"content\":{\"title\":\"Практика адаптации (из другой вкладки)\"}}");
        browser.type(By.id("practice-summary"), "Моя правка");
        browser.click(By.id("save-practice"));
        browser.waitForText(By.cssSelector(".conflict"), "Практику изменил другой пользователь");
        browser.click(By.cssSelector(".reload-practice"));
        browser.waitForText(By.cssSelector(".practice-version"), "Версия 2");
        browser.type(By.id("practice-title"), MARKUP_TYPED);
        browser.click(By.id("save-practice"));
        browser.waitForText(By.cssSelector(".flash"), "Версия 3.");
        browser.click(By.cssSelector(".submit-practice"));
        browser.waitFor(By.cssSelector(".practice-status[data-status='SUBMITTED']"));
        browser.click(LOGOUT);
        browser.waitFor(LOGIN_BUTTON);

        // The municipality: both wait in its queue; a return needs a comment; both are accepted.
        browser.logIn(MUNICIPAL);
        browser.click(navigation("moderation"));
        browser.waitForText(By.tagName("h1"), "Модерация практик");
        By goodItem = queueItem(good);
        By markedItem = queueItem(marked);
        assertThat(browser.waitFor(goodItem).getText()).contains(GOOD_TITLE, DemoRegion.SCHOOL_1.name());
        assertThat(browser.waitFor(markedItem).getText()).contains(MARKUP_SHOWN);
        browser.click(child(markedItem, ".moderation-return"));
        browser.waitForText(child(markedItem, ".invalid-feedback"), "Укажите, что нужно исправить");
        browser.click(child(goodItem, ".moderation-accept"));
        browser.waitUntil(d -> d.findElements(goodItem).isEmpty());
        browser.click(child(markedItem, ".moderation-accept"));
        browser.waitFor(By.cssSelector(".moderation-empty"));
        assertThat(browser.js("return window.__xss === undefined;")).isEqualTo(true);
        browser.click(LOGOUT);
        browser.waitFor(LOGIN_BUTTON);

        // The region: the practice with markup goes back with a comment; the other is accepted and published.
        browser.logIn(REGION);
        browser.click(navigation("moderation"));
        browser.type(child(markedItem, "textarea"), RETURN_COMMENT);
        browser.click(child(markedItem, ".moderation-return"));
        browser.waitForText(By.cssSelector(".moderation-notice"), "возвращена на доработку");
        assertThat(browser.findAll(markedItem)).isEmpty();
        browser.click(child(goodItem, ".moderation-accept"));
        browser.waitFor(By.cssSelector(queueSelector(good) + "[data-status='REGION_ACCEPTED']"));
        browser.click(child(goodItem, ".moderation-accept"));
        browser.waitFor(By.cssSelector(".moderation-empty"));
        browser.atEveryViewport("moderation-region", () -> { });
        // A regional contest the published practice can enter.
        browser.click(navigation("contests"));
        browser.type(By.id("contest-name"), CONTEST);
        browser.type(By.id("contest-nominations"), "Учитель – учитель");
        browser.click(By.cssSelector("#contest-form button[type=submit]"));
        browser.waitForText(By.cssSelector("h1.contest-title"), CONTEST);
        browser.click(LOGOUT);
        browser.waitFor(LOGIN_BUTTON);

        // Another municipality's school finds the published practice by another form of a word of its title.
        browser.logIn(OTHER_CURATOR);
        browser.click(navigation("practices"));
        browser.waitForText(By.tagName("h1"), "Банк практик");
        browser.type(By.id("practice-q"), "наставника");
        browser.click(By.id("practice-find"));
        // The query goes into the hash at once; the results are the query's once the list is no longer busy.
        browser.waitUntil(d -> browser.path().contains("#/practices?q=")
                && d.findElement(By.id("practice-results")).getAttribute("aria-busy") == null);
        By card = By.cssSelector(".practice-card[data-practice-id='" + good + "']");
        browser.waitForText(card, GOOD_TITLE);
        browser.waitForText(card, "Опубликована");
        browser.atEveryViewport("practice-search", () -> { });
        browser.click(By.cssSelector(".practice-card[data-practice-id='" + good + "'] .practice-link"));
        browser.waitForText(By.cssSelector("h1.practice-title"), GOOD_TITLE);
        assertThat(browser.waitFor(By.cssSelector(".practice-authors")).getText()).isEqualTo(DemoRegion.MENTOR_SCHOOL_1.fullName());
        assertThat(browser.waitFor(By.cssSelector(".practice-solution strong")).getText()).isEqualTo("опытный коллега");
        assertThat(browser.waitFor(By.cssSelector(".practice-figures")).getText()).contains("Доля оставшихся в школе", "92 %");
        assertThat(browser.waitFor(By.cssSelector(".practice-materials")).getText()).contains(".png");
        assertThat(browser.waitFor(By.cssSelector(".moderation-history")).getText())
                .contains("Отправлена на модерацию", "Принята муниципалитетом", "Принята в региональный банк", "Опубликована");
        assertThat(browser.findAll(By.id("edit-practice"))).isEmpty();
        browser.atEveryViewport("practice-page", () -> { });
        browser.click(LOGOUT);
        browser.waitFor(LOGIN_BUTTON);

        // The school reads why its practice came back; its title is text, not an image with a script.
        browser.logIn(CURATOR);
        browser.open(SCHOOL_PORTAL + "#/practices/" + marked);
        browser.waitForText(By.cssSelector("h1.practice-title"), MARKUP_SHOWN);
        assertThat(browser.findAll(By.cssSelector("h1.practice-title img"))).isEmpty();
        assertThat(browser.findAll(By.cssSelector(".practice-solution script"))).isEmpty();
        assertThat(browser.waitFor(By.cssSelector(".moderation-history")).getText())
                .contains("Возвращена регионом на доработку", "Комментарий: " + RETURN_COMMENT);
        assertThat(browser.waitFor(By.cssSelector(".practice-status")).getAttribute("data-status")).isEqualTo("RETURNED_BY_REGION");
        browser.waitFor(By.id("edit-practice"));
        assertThat(browser.js("return window.__xss === undefined;")).isEqualTo(true);
        browser.assertNoLeakedValues();

        // The school enters its published practice (the returned one is not offered) into the contest.
        browser.click(navigation("contests"));
        browser.click(By.linkText(CONTEST));
        browser.waitForText(By.cssSelector("h1.contest-title"), CONTEST);
        Select offered = new Select(browser.waitFor(By.id("entry-practice")));
        assertThat(offered.getOptions()).extracting(e -> e.getAttribute("value")).containsExactly(good);
        browser.click(By.cssSelector("#entry-form button[type=submit]"));
        By entry = By.cssSelector(".contest-entry[data-practice-id='" + good + "']");
        browser.waitForText(entry, GOOD_TITLE);
        browser.click(LOGOUT);
        browser.waitFor(LOGIN_BUTTON);

        // The region judges (its admin is the jury), scores 0–10 and closes: the practice wins its nomination.
        browser.logIn(REGION);
        browser.click(navigation("contests"));
        browser.click(By.linkText(CONTEST));
        browser.click(By.cssSelector(".start-judging"));
        browser.type(child(entry, ".score-input"), "11");
        browser.click(child(entry, ".score-form button"));
        browser.waitForText(child(entry, ".invalid-feedback"), "от 0 до 10");
        browser.type(child(entry, ".score-input"), "9");
        browser.click(child(entry, ".score-form button"));
        browser.waitForText(child(entry, ".entry-average"), "Средний балл: 9");
        browser.click(By.cssSelector(".close-contest"));
        browser.waitForText(By.cssSelector(".contest-winners"), GOOD_TITLE);
        browser.waitForText(By.cssSelector(".contest-status"), "итоги подведены");
        browser.atEveryViewport("contest-closed", () -> { });
    }

    private static String practiceIdFromHash(Browser browser) {
        String id = browser.waitUntil(d -> {
            Matcher matcher = EDIT_HASH.matcher(d.getCurrentUrl());
            return matcher.find() ? matcher.group(1) : null;
        });
        browser.waitFor(By.cssSelector(".practice-version"));
        return id;
    }

    private static String queueSelector(String practiceId) {
        return ".queue-item[data-practice-id='" + practiceId + "']";
    }

    private static By queueItem(String practiceId) {
        return By.cssSelector(queueSelector(practiceId));
    }

    private static By child(By item, String selector) {
        String css = item.toString().replaceFirst("^By\\.cssSelector: ", "");
        return By.cssSelector(css + " " + selector);
    }
}
