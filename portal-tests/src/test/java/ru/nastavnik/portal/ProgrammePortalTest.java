package ru.nastavnik.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.nastavnik.portal.PortalPages.*;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import ru.nastavnik.demo.DemoRegion;

/**
 * Stage 6 in the school portal: the school's curator pairs its demo mentor and mentee and starts their programme
 * through the APIs; the mentor adds a task and records the acquaintance meeting on the programme screen; the mentee
 * finds «Оставить отзыв» among their tasks, fills in the feedback form, and the to-do is gone.
 */
@PortalTest
class ProgrammePortalTest {

    static final DemoRegion.User CURATOR = DemoRegion.user("school7.curator").orElseThrow();
    static final DemoRegion.User MENTOR = DemoRegion.user("school7.mentor").orElseThrow();
    static final DemoRegion.User MENTEE = DemoRegion.user("school7.mentee").orElseThrow();

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Moscow"));

    @Test
    void mentorRecordsAMeetingAndMenteeLeavesFeedback(Browser browser) {
        browser.logIn(CURATOR);
        for (DemoRegion.Person person : new DemoRegion.Person[] {DemoRegion.MENTOR_SCHOOL_7, DemoRegion.MENTEE_SCHOOL_7}) {
            Map<?, ?> consent = call(browser, "POST", "/api/participants/people/" + person.id() + "/consents", """
                    {"scope":"PERSONAL_DATA_PROCESSING","grantedOn":"%s","documentReference":"Согласие № 1"}""".formatted(today));
            assertThat(((Number) consent.get("status")).intValue()).as(String.valueOf(consent.get("body"))).isIn(201, 409);
        }
        // Pairing learns of the consents through events: until then forming is refused with CONSENT_MISSING.
        String pairBody = """
                {"mentorId":"%s","menteeIds":["%s"],"roleModel":"TEACHER_TEACHER","format":"TRADITIONAL",
                 "startsOn":"%s","endsOn":"%s"}""".formatted(DemoRegion.MENTOR_SCHOOL_7.id(), DemoRegion.MENTEE_SCHOOL_7.id(),
                today.minusDays(30), today.plusDays(200));
        browser.waitUntil(d -> ((Number) call(browser, "POST", "/api/pairing/organizations/" + DemoRegion.SCHOOL_7.id()
                + "/pairs", pairBody).get("status")).intValue() == 201);
        browser.click(navigation("todos"));
        browser.waitFor(By.cssSelector(".pair-list .pair-link"));
        String pairId = browser.waitFor(By.cssSelector(".pair-list [data-pair-id]")).getAttribute("data-pair-id");
        Map<?, ?> programme = call(browser, "POST", "/api/pairing/pairs/" + pairId + "/programme", """
                {"goals":["Освоить проектирование урока по ФГОС"],"tasks":[]}""");
        assertThat(((Number) programme.get("status")).intValue()).as(String.valueOf(programme.get("body"))).isEqualTo(201);
        browser.click(LOGOUT);
        browser.waitFor(LOGIN_BUTTON);

        // The mentor: a task and the acquaintance meeting.
        browser.logIn(MENTOR);
        browser.click(navigation("todos"));
        browser.click(By.cssSelector(".pair-list .pair-link"));
        browser.waitForText(By.tagName("h1"), "Программа наставничества");
        browser.waitForText(By.cssSelector(".goals"), "Освоить проектирование урока по ФГОС");
        browser.type(By.id("task-title"), "Посетить три урока наставника");
        setValue(browser, By.id("task-deadline"), today.plusDays(14).toString());
        browser.type(By.id("task-expected"), "Анализ уроков в дневнике");
        browser.click(By.cssSelector("#task-form button[type=submit]"));
        browser.waitForText(By.cssSelector(".tasks"), "Посетить три урока наставника");
        assertThat(browser.waitFor(By.cssSelector(".progress-figure")).getText()).contains("0 из 1");

        new Select(browser.waitFor(By.id("meeting-type"))).selectByValue("ACQUAINTANCE");
        setValue(browser, By.id("meeting-startsAt"), today.minusDays(1) + "T15:00");
        browser.type(By.id("meeting-place"), "Кабинет 12, методический кабинет");
        browser.click(By.cssSelector("#meeting-form button[type=submit]"));
        browser.waitForText(By.cssSelector(".meeting-list"), "Встреча-знакомство");
        WebElement meeting = browser.waitFor(By.cssSelector(".meeting-list .meeting"));
        assertThat(meeting.getAttribute("data-outstanding")).isEqualTo("true");
        assertThat(meeting.findElement(By.cssSelector(".ics-link")).getAttribute("href")).endsWith(".ics");
        String ics = (String) ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text()).then(done, () => done(''));",
                meeting.findElement(By.cssSelector(".ics-link")).getAttribute("href"));
        assertThat(ics.replaceAll("\r?\n ", "")).contains("BEGIN:VEVENT", "SUMMARY:Встреча-знакомство наставнической пары");
        browser.waitForText(By.cssSelector(".diary-entries"), "Встреча-знакомство");
        browser.atEveryViewport("programme-mentor", () -> { });
        browser.click(LOGOUT);
        browser.waitFor(LOGIN_BUTTON);

        // The mentee: «Оставить отзыв» among the to-dos, the form, and the to-do is gone.
        browser.logIn(MENTEE);
        browser.click(navigation("todos"));
        browser.waitForText(By.cssSelector(".todo[data-kind='FEEDBACK'] .todo-title"), "Оставить отзыв");
        browser.atEveryViewport("todos-mentee", () -> { });
        browser.click(By.cssSelector(".todo[data-kind='FEEDBACK'] a"));
        WebElement form = browser.waitFor(By.cssSelector(".feedback-form"));
        form.findElement(By.name("usefulness")).sendKeys("9");
        form.findElement(By.name("wentWell")).sendKeys("Познакомились, договорились о плане");
        form.findElement(By.name("nextSteps")).sendKeys("Посетить уроки наставника");
        browser.click(By.cssSelector(".feedback-form button[type=submit]"));
        browser.waitForText(By.cssSelector(".diary-entries"), "Познакомились, договорились о плане");
        assertThat(browser.findAll(By.cssSelector(".feedback-form"))).isEmpty();
        browser.click(navigation("todos"));
        browser.waitFor(By.cssSelector(".todo-list.empty"));
        assertThat(browser.findAll(By.cssSelector(".todo[data-kind='FEEDBACK']"))).isEmpty();
    }

    private static void setValue(Browser browser, By locator, String value) {
        browser.js("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
                browser.waitFor(locator), value);
    }

    /** A same-origin JSON call made by the page with the signed-in user's session and XSRF token: {status, body}. */
    private static Map<?, ?> call(Browser browser, String method, String path, String body) {
        return (Map<?, ?>) ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const cookie = document.cookie.split(';').map(c => c.trim()).find(c => c.startsWith('XSRF-TOKEN='));
                const headers = {'Content-Type': 'application/json', 'Accept': 'application/json, application/problem+json'};
                if (cookie) { headers['X-XSRF-TOKEN'] = decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)); }
                fetch(arguments[0], {method: arguments[1], headers, body: arguments[2], credentials: 'same-origin'})
                  .then(r => r.text().then(t => done({status: r.status, body: t})), e => done({status: -1, body: String(e)}));
                """, path, method, body);
    }
}
