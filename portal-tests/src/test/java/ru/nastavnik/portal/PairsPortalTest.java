package ru.nastavnik.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.nastavnik.portal.PortalPages.navigation;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

import ru.nastavnik.demo.DemoRegion;

/**
 * «Пары и группы» as the school's curator: the demo mentor and mentee (their consent to processing recorded through
 * the API first) are paired in the form, each one's written consent to take part is recorded, an order fixing the
 * pair is created and downloaded as DOCX and PDF.
 */
@PortalTest
class PairsPortalTest {

    static final DemoRegion.User CURATOR = DemoRegion.user("school1.curator").orElseThrow();
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final By MENTOR_OPTION = By.cssSelector("#pair-mentor option[value='" + DemoRegion.MENTOR_SCHOOL_1.id() + "']");
    static final By PAIR_ROW = By.cssSelector(".pair-row[data-status='ACTIVE']");

    @Test
    void curatorFormsAPairRecordsConsentsAndDownloadsTheOrder(Browser browser) {
        browser.logIn(CURATOR);
        for (DemoRegion.Person person : new DemoRegion.Person[] {DemoRegion.MENTOR_SCHOOL_1, DemoRegion.MENTEE_SCHOOL_1}) {
            long status = post(browser, "/api/participants/people/" + person.id() + "/consents", """
                    {"scope":"PERSONAL_DATA_PROCESSING","grantedOn":"2026-09-01","documentReference":"Согласие № 3"}""");
            assertThat(status).isIn(200L, 201L, 409L);
        }
        browser.click(navigation("pairs"));
        browser.waitForText(By.tagName("h1"), "Пары и группы");
        // Pairing learns the consents from participant-service's events: reload until the mentor is offered.
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (browser.findAll(MENTOR_OPTION).isEmpty()) {
            assertThat(Instant.now()).as("the demo mentor becomes a candidate").isBefore(deadline);
            sleep(2000);
            browser.driver().navigate().refresh();
            browser.waitForText(By.tagName("h1"), "Пары и группы");
            browser.waitFor(By.cssSelector(".form-pair"));
        }

        new Select(browser.waitFor(By.id("pair-mentor"))).selectByValue(DemoRegion.MENTOR_SCHOOL_1.id().toString());
        browser.click(By.id("mentee-" + DemoRegion.MENTEE_SCHOOL_1.id()));
        new Select(browser.waitFor(By.id("pair-role-model"))).selectByValue("TEACHER_TEACHER");
        new Select(browser.waitFor(By.id("pair-format"))).selectByValue("TRADITIONAL");
        setDate(browser, "pair-starts-on", "2026-09-15");
        setDate(browser, "pair-ends-on", "2027-05-31");
        browser.click(By.cssSelector(".form-pair button[type=submit]"));
        browser.waitForText(PAIR_ROW, DemoRegion.MENTOR_SCHOOL_1.fullName());
        String row = browser.waitFor(PAIR_ROW).getText();
        assertThat(row).contains(DemoRegion.MENTEE_SCHOOL_1.fullName(), "учитель – учитель, традиционная",
                "15.09.2026 – 31.05.2027", "ожидает согласий");

        for (int i = 0; i < 2; i++) {
            browser.click(By.cssSelector(".pair-row .record-consent"));
            browser.type(By.id("consent-document"), "Согласие на участие № " + (i + 1));
            browser.click(By.cssSelector(".pair-action button[type=submit]"));
            browser.waitForText(By.cssSelector(".pairs-success"), "готово");
        }
        browser.waitForText(By.cssSelector(".pair-row .pair-status"), "действует");

        String number = ThreadLocalRandom.current().nextInt(100, 999) + "-о";
        browser.type(By.id("order-number"), number);
        setDate(browser, "order-date", "2026-09-20");
        assertThat(browser.waitFor(By.id("order-curator")).getAttribute("value")).isEqualTo(CURATOR.fullName());
        browser.click(By.cssSelector(".order-form button[type=submit]"));
        browser.waitForText(By.cssSelector(".order-item"), "№ " + number + " от 20.09.2026");
        browser.waitForText(By.cssSelector(".pair-row .pair-status"), "закреплена приказом");

        browser.click(By.cssSelector(".order-item .download-docx"));
        browser.waitFor(By.cssSelector(".download-done[data-content-type='" + DOCX + "']"));
        assertThat(browser.waitFor(By.cssSelector(".download-done")).getAttribute("data-file-name"))
                .isEqualTo("Приказ № " + number + " от 20.09.2026.docx");
        browser.click(By.cssSelector(".order-item .download-pdf"));
        browser.waitFor(By.cssSelector(".download-done[data-content-type='application/pdf']"));
        assertThat(browser.waitFor(By.cssSelector(".download-done")).getText()).contains(".pdf");
    }

    private static void setDate(Browser browser, String id, String iso) {
        browser.js("const input = document.getElementById(arguments[0]); input.value = arguments[1];"
                + "input.dispatchEvent(new Event('change', {bubbles: true}));", id, iso);
    }

    /** A POST the page makes with its session cookie and XSRF token; returns the status. */
    private static long post(Browser browser, String path, String json) {
        return (Long) ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const token = document.cookie.split(';').map(c => c.trim()).find(c => c.startsWith('XSRF-TOKEN='));
                fetch(arguments[0], {method: 'POST', credentials: 'same-origin', redirect: 'manual',
                    headers: {'Content-Type': 'application/json',
                              'X-XSRF-TOKEN': token ? decodeURIComponent(token.substring(11)) : ''},
                    body: arguments[1]}).then(r => done(r.status), () => done(-1));""", path, json);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
