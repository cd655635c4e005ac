package ru.nastavnik.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.nastavnik.portal.PortalPages.*;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import ru.nastavnik.demo.DemoRegion;

/**
 * The banks of mentors and mentees and a person's card: filters and search, a consent recorded, the status and the
 * position changed, a concurrent edit answered with the Russian 409 message, cards instead of a table on a phone, and
 * the municipal curator's bank of the whole municipality.
 */
@PortalTest
class BankPortalTest {

    static final DemoRegion.User CURATOR = DemoRegion.user("school1.curator").orElseThrow();
    static final DemoRegion.User MUNICIPAL_CURATOR = DemoRegion.user("leningradsky.curator").orElseThrow();

    static final By BANK_TOTAL = By.cssSelector(".bank-total");
    static final By BANK_TABLE = By.cssSelector(".bank-table");
    static final By BANK_CARDS = By.cssSelector(".bank-cards");
    static final By SEARCH = By.id("bank-search");

    @Test
    void curatorFindsAMentorRecordsAConsentChangesStatusAndPosition(Browser browser) {
        browser.logIn(CURATOR);
        // The test's own mentor (a unique surname), registered through the API with the curator's session.
        String surname = "Гончарова-" + cyrillic(UUID.randomUUID().toString().substring(0, 6));
        String fullName = surname + " Вера Андреевна";
        String personId = registerMentor(browser, fullName);

        assertThat(browser.waitFor(navigation("bank")).getText()).isEqualTo("Банки");
        browser.click(navigation("bank"));
        browser.waitForText(By.tagName("h1"), "Банк наставников");
        browser.waitForText(BANK_TABLE, DemoRegion.MENTOR_SCHOOL_1.fullName());
        assertThat(browser.waitFor(BANK_TABLE).getText()).doesNotContain(DemoRegion.MENTEE_SCHOOL_1.fullName());

        // Search (debounced) by the surname: the one person, counted.
        browser.type(SEARCH, surname.toLowerCase());
        waitForTotal(browser, 1);
        assertThat(browser.waitFor(BANK_TABLE).getText()).contains(fullName, "кандидат", "нет согласия", "высшая");
        assertThat(browser.path()).contains("#/bank/mentors?q=");
        // By status: a candidate, not yet taking part.
        new Select(browser.waitFor(By.id("bank-status"))).selectByValue("ACTIVE");
        waitForTotal(browser, 0);
        browser.waitFor(By.cssSelector(".bank-results .empty"));
        new Select(browser.waitFor(By.id("bank-status"))).selectByValue("CANDIDATE");
        waitForTotal(browser, 1);
        browser.atEveryViewport("bank-mentors-search", () -> assertThat(browser.waitFor(
                browser.viewport().mobile() ? BANK_CARDS : BANK_TABLE).getText()).contains(fullName));

        browser.click(By.cssSelector(".bank-table [data-person-id='" + personId + "'] .person-link"));
        browser.waitForText(By.cssSelector(".person-full-name"), fullName);
        assertThat(browser.waitFor(By.cssSelector(".person-profile")).getText())
                .contains("учитель математики", "математика", "высшая", "18 лет");
        assertThat(browser.waitFor(By.cssSelector(".person-competencies")).getText()).contains("Компетенции");
        browser.waitFor(By.cssSelector(".person-consents .empty"));

        // A written consent: without its document the page says so beside the field; then recorded.
        browser.click(By.cssSelector("#consent-form button[type=submit]"));
        browser.waitForText(By.id("consent-documentReference-error"), "Укажите реквизиты");
        browser.type(By.id("consent-documentReference"), "Согласие № 41 от 02.09.2025");
        browser.click(By.cssSelector("#consent-form button[type=submit]"));
        browser.waitFor(By.cssSelector(".consent[data-scope='PERSONAL_DATA_PROCESSING'][data-active='true']"));
        assertThat(browser.waitFor(By.cssSelector(".consents")).getText()).contains("Согласие № 41 от 02.09.2025", "действует");

        // Status: candidate → «участвует».
        assertThat(new Select(browser.waitFor(By.id("status-next"))).getOptions()).extracting(WebElement::getText)
                .containsExactly("Участвует", "Выбыл(а)");
        new Select(browser.waitFor(By.id("status-next"))).selectByValue("ACTIVE");
        browser.click(By.id("status-submit"));
        browser.waitForText(By.cssSelector(".person-full-name ~ .person-status"), "участвует");

        // The position, edited and saved.
        browser.type(By.id("person-edit-position"), "учитель информатики");
        browser.click(By.cssSelector("#person-edit-form button[type=submit]"));
        browser.waitForText(By.cssSelector(".profile-position"), "учитель информатики");
        browser.atEveryViewport("bank-person-card", () -> assertThat(browser.waitFor(By.cssSelector(".person-profile")).getText())
                .contains("учитель информатики"));

        // Someone else saves between this page's load and its save: the page says so in Russian and offers a reload.
        String card = browser.apiCall("GET", "/api/participants/people/" + personId, null);
        int version = Integer.parseInt(jsonValue(card, "version"));
        browser.apiCall("PUT", "/api/participants/people/" + personId, """
                {"fullName":"%s","position":"учитель физики","subjects":["физика"],"qualificationCategory":"HIGHEST",
                 "yearsOfExperience":18,"programmeRole":"MENTOR_CANDIDATE","version":%d}""".formatted(fullName, version));
        browser.type(By.id("person-edit-position"), "учитель химии");
        browser.click(By.cssSelector("#person-edit-form button[type=submit]"));
        WebElement problem = browser.waitFor(By.cssSelector("#person-edit-form .problem"));
        assertThat(problem.getAttribute("data-code")).isEqualTo("PERSON_CHANGED_CONCURRENTLY");
        assertThat(problem.getText()).contains("Карточку уже изменил другой пользователь");
        assertThat(browser.waitFor(By.cssSelector(".concurrent-change")).getText()).contains("Загрузите свежую версию");
        browser.atEveryViewport("bank-person-conflict", () -> { });
        browser.click(By.cssSelector(".reload-card"));
        browser.waitForText(By.cssSelector(".profile-position"), "учитель физики");
        assertThat(browser.waitFor(By.id("person-edit-position")).getAttribute("value")).isEqualTo("учитель физики");

        // Back in the bank: the filters are kept (no candidate of that name any more), and the person is now
        // «участвует» with consent.
        browser.click(By.cssSelector(".back-to-bank"));
        waitForTotal(browser, 0);
        assertThat(browser.waitFor(SEARCH).getAttribute("value")).isEqualTo(surname.toLowerCase());
        assertThat(new Select(browser.waitFor(By.id("bank-status"))).getFirstSelectedOption().getText()).isEqualTo("Кандидат");
        new Select(browser.waitFor(By.id("bank-status"))).selectByValue("ACTIVE");
        waitForTotal(browser, 1);
        assertThat(browser.waitFor(BANK_TABLE).getText()).contains("участвует", "согласие есть", "учитель физики");
    }

    @Test
    void onAPhoneTheBankShowsCardsAndTheMenteesTabFiltersByConsent(Browser browser) {
        browser.logIn(CURATOR);
        // A mentee of its own without consent: other tests record consents for the demo mentee.
        String withoutConsent = "Бессогласная Ольга " + capitalized(cyrillic(UUID.randomUUID().toString().replace("-", "").substring(0, 8)));
        String withoutConsentId = jsonValue(browser.apiCall("POST", "/api/participants/organizations/" + DemoRegion.SCHOOL_1.id()
                + "/people", """
                {"fullName":"%s","position":"учитель музыки","subjects":["музыка"],"yearsOfExperience":1,
                 "programmeRole":"MENTEE_CANDIDATE"}""".formatted(withoutConsent)), "id");
        browser.click(navigation("bank"));
        browser.waitForText(By.tagName("h1"), "Банк наставников");
        browser.click(By.cssSelector(".bank-tab[data-bank='mentees']"));
        browser.waitForText(By.tagName("h1"), "Банк наставляемых");
        browser.waitForText(BANK_TABLE, DemoRegion.MENTEE_SCHOOL_1.fullName());
        new Select(browser.waitFor(By.id("bank-consent"))).selectByValue("false");
        waitForQuiet(browser);
        browser.waitForText(BANK_TABLE, withoutConsent);
        browser.waitForText(BANK_TABLE, "нет согласия");
        assertThat(browser.waitFor(BANK_TABLE).getText()).doesNotContain("согласие есть");
        assertThat(browser.waitFor(By.id("bank-topic")).findElements(By.tagName("option")))
                .extracting(WebElement::getText).contains("Цифровые инструменты и ЭОР");

        browser.use(Browser.PHONE);
        assertThat(browser.waitFor(BANK_CARDS).getText()).contains(withoutConsent, "кандидат");
        assertThat(browser.findAll(BANK_TABLE).getFirst().isDisplayed()).isFalse();
        browser.atEveryViewport("bank-mentees", () -> {
            By visible = browser.viewport().mobile() ? BANK_CARDS : BANK_TABLE;
            By hidden = browser.viewport().mobile() ? BANK_TABLE : BANK_CARDS;
            assertThat(browser.waitFor(visible).getText()).contains(withoutConsent);
            assertThat(browser.findAll(hidden).getFirst().isDisplayed()).isFalse();
        });
        browser.use(Browser.PHONE);
        browser.click(By.cssSelector(".bank-cards [data-person-id='" + withoutConsentId + "'] .person-link"));
        browser.waitForText(By.cssSelector(".person-full-name"), withoutConsent);
        assertThat(browser.waitFor(By.cssSelector(".person-requests")).getText()).contains("Профессиональные запросы");
        browser.atEveryViewport("bank-person-card-mentee", () -> { });
    }

    @Test
    void theMunicipalCuratorSeesTheWholeMunicipalityWithOrganizations(Browser browser) {
        browser.logIn(MUNICIPAL_CURATOR);
        browser.click(navigation("bank"));
        browser.waitForText(BANK_TABLE, DemoRegion.MENTOR_SCHOOL_1.fullName());
        assertThat(browser.waitFor(BANK_TABLE).getText()).contains(DemoRegion.SCHOOL_1.name())
                .doesNotContain(DemoRegion.MENTOR_SCHOOL_7.fullName());
        assertThat(browser.waitFor(By.cssSelector(".bank-place")).getText()).isEqualTo(DemoRegion.LENINGRADSKY.name());
        browser.atEveryViewport("bank-mentors-municipality", () -> { });
    }

    /** The list has its answer to the last change of the filters. */
    private static void waitForQuiet(Browser browser) {
        browser.waitUntil(d -> d.findElements(By.cssSelector(".bank-results[aria-busy]")).isEmpty()
                && !d.findElements(BANK_TOTAL).isEmpty());
    }

    private static void waitForTotal(Browser browser, int total) {
        browser.waitUntil(d -> {
            try {
                List<WebElement> found = d.findElements(BANK_TOTAL);
                return !found.isEmpty() && found.getFirst().getText().equals("Найдено: " + total)
                        && d.findElements(By.cssSelector(".bank-results[aria-busy]")).isEmpty();
            } catch (StaleElementReferenceException e) {
                return false; // the list was drawn again between finding and reading: look again
            }
        });
    }

    private static String registerMentor(Browser browser, String fullName) {
        String created = browser.apiCall("POST", "/api/participants/organizations/" + DemoRegion.SCHOOL_1.id() + "/people", """
                {"fullName":"%s","position":"учитель математики","subjects":["математика"],"qualificationCategory":"HIGHEST",
                 "yearsOfExperience":18,"programmeRole":"MENTOR_CANDIDATE"}""".formatted(fullName));
        return jsonValue(created, "id");
    }

    /** A top-level string or number of a JSON object (enough for ids and versions). */
    private static String jsonValue(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"?([^\",}]+)").matcher(json);
        assertThat(m.find()).as("%s in %s", name, json).isTrue();
        return m.group(1);
    }

    /** Hex digits as lower-case Cyrillic letters: a surname no other test run has used. */
    private static String cyrillic(String hex) {
        String letters = "абвгдежзиклмнопр";
        StringBuilder out = new StringBuilder();
        for (char c : hex.toCharArray()) {
            out.append(letters.charAt(Character.digit(c, 16)));
        }
        return Character.toUpperCase(out.charAt(0)) + out.substring(1);
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
