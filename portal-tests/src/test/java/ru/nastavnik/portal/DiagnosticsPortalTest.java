package ru.nastavnik.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.nastavnik.portal.PortalPages.*;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import ru.nastavnik.demo.DemoRegion;

/**
 * Stage 7 in the portals: school 1's curator opens a quarterly diagnostic round for the mentors (a second time is
 * refused); the mentor finds the form among their tasks and fills it on a phone, ten large score buttons per
 * criterion; the curator sees the coverage grow and the comparison table; the regional institute sees the school
 * as one row of figures.
 */
@PortalTest
class DiagnosticsPortalTest {

    static final DemoRegion.User CURATOR = DemoRegion.user("school1.curator").orElseThrow();
    static final DemoRegion.User MENTOR = DemoRegion.user("school1.mentor").orElseThrow();
    static final DemoRegion.User REGION = DemoRegion.user("region.admin").orElseThrow();
    static final By COVERAGE = By.cssSelector(".coverage-figure");
    static final List<String> CRITERIA = List.of("subject", "planning", "communication", "feedback", "reflection", "digital");

    @Test
    void curatorOpensARoundMentorFillsItOnAPhoneCuratorSeesCoverage(Browser browser) {
        browser.logIn(CURATOR);
        // The header keeps one line within 1280 px with the «Мониторинг» menu added.
        assertThat(((Number) browser.js("return document.querySelector('.portal-navbar').offsetHeight;")).intValue())
                .isLessThan(80);
        assertThat(((Number) browser.js("return document.getElementById('main-nav').getBoundingClientRect().right;"))
                .doubleValue()).isLessThanOrEqualTo(1280);
        browser.click(navigation("diagnostics"));
        browser.waitForText(By.tagName("h1"), "Диагностика и анкетирование");
        browser.waitFor(COVERAGE);
        // A fresh platform has no rounds; against a reused one (-Dnastavnik.portal.base-url) take a quarter still free.
        String quarter = List.of("2", "3", "4", "1").stream().filter(q -> browser.findAll(roundRow(q)).isEmpty())
                .findFirst().orElseThrow();
        By roundRow = roundRow(quarter);
        new Select(browser.waitFor(By.id("round-quarter"))).selectByValue(quarter);
        new Select(browser.waitFor(By.id("round-kind"))).selectByValue("MENTOR_COMPETENCIES");
        browser.click(By.cssSelector("#open-round-form button[type=submit]"));
        browser.waitFor(roundRow);
        int covered = Integer.parseInt(browser.waitFor(COVERAGE).getAttribute("data-covered"));
        int due = Integer.parseInt(browser.waitFor(COVERAGE).getAttribute("data-due"));
        assertThat(due).isGreaterThan(covered);
        assertThat(browser.waitFor(roundRow).getText()).contains(DemoRegion.MENTOR_SCHOOL_1.fullName(), "Внести с бланка");
        browser.assertNoLeakedValues();

        // The same form and quarter again: refused, said in Russian.
        new Select(browser.waitFor(By.id("round-quarter"))).selectByValue(quarter);
        browser.click(By.cssSelector("#open-round-form button[type=submit]"));
        browser.waitForText(By.cssSelector("#open-round-form .problem[data-code='DIAGNOSTIC_ROUND_EXISTS']"), "уже открыта");
        browser.click(LOGOUT);
        browser.waitFor(LOGIN_BUTTON);

        // The mentor, on a phone: the form waits among their tasks.
        browser.logIn(MENTOR);
        browser.use(Browser.PHONE);
        browser.click(MENU_TOGGLER);
        browser.click(navigation("todos"));
        By todo = By.cssSelector(".diagnostic-todo[data-form-kind='MENTOR_COMPETENCIES'] .fill-diagnostic");
        browser.click(todo);
        browser.waitFor(By.id("diagnostic-form"));
        browser.waitForText(By.tagName("h1"), "Диагностика профессиональных компетенций наставника");
        browser.click(By.cssSelector("#diagnostic-form button[type=submit]"));
        browser.waitForText(By.cssSelector(".criterion[data-code='subject'] .criterion-error"), "Поставьте оценку от 1 до 10");
        for (int i = 0; i < CRITERIA.size(); i++) {
            browser.click(By.cssSelector("label[for='s-" + CRITERIA.get(i) + "-" + (5 + i % 4) + "']"));
        }
        assertThat(browser.findAll(By.cssSelector(".criterion.has-error"))).isEmpty();
        // Big enough for a thumb: every score button at least 44 px high and 40 px wide, two rows of five.
        WebElement one = browser.waitFor(By.cssSelector("label[for='s-subject-1']"));
        WebElement six = browser.waitFor(By.cssSelector("label[for='s-subject-6']"));
        assertThat(one.getSize().getHeight()).isGreaterThanOrEqualTo(44);
        assertThat(one.getSize().getWidth()).isGreaterThanOrEqualTo(40);
        assertThat(six.getLocation().getY()).isGreaterThan(one.getLocation().getY());
        browser.assertNoHorizontalScroll();
        browser.assertNoLeakedValues();
        browser.screenshot("diagnostics-form-phone");
        browser.click(By.cssSelector("#diagnostic-form button[type=submit]"));
        browser.waitForText(By.cssSelector(".diagnostic-confirmation"), "Ответы сохранены");
        browser.use(Browser.DESKTOP);
        browser.click(navigation("todos"));
        browser.waitFor(By.cssSelector(".diagnostic-todo-section"));
        assertThat(browser.findAll(todo)).as("the filled form left the tasks").isEmpty();
        browser.click(LOGOUT);
        browser.waitFor(LOGIN_BUTTON);

        // The curator: coverage grew by one, the mentor left the outstanding list, the comparison table is there.
        browser.logIn(CURATOR);
        browser.click(navigation("diagnostics"));
        browser.waitFor(roundRow);
        assertThat(Integer.parseInt(browser.waitFor(COVERAGE).getAttribute("data-covered"))).isEqualTo(covered + 1);
        assertThat(browser.waitFor(roundRow).getText()).doesNotContain(DemoRegion.MENTOR_SCHOOL_1.fullName());
        assertThat(browser.waitFor(By.cssSelector(".comparison-table[data-form-kind='MENTOR_COMPETENCIES']")).getText())
                .contains("Предметные знания и методика преподавания", quarter + " кв.");
        browser.atEveryViewport("diagnostics-curator", () -> { });
        browser.click(LOGOUT);
        browser.waitFor(LOGIN_BUTTON);

        // The regional institute: one row per organization, no names of people.
        browser.logIn(REGION);
        browser.click(navigation("diagnostics"));
        By school = By.cssSelector(".unit-row[data-organization-id='" + DemoRegion.SCHOOL_1.id() + "']");
        assertThat(browser.waitFor(school).getText()).contains(DemoRegion.SCHOOL_1.name());
        assertThat(browser.waitFor(By.cssSelector(".unit-table")).getText()).doesNotContain(DemoRegion.MENTOR_SCHOOL_1.fullName());
        browser.atEveryViewport("diagnostics-region", () -> { });
    }

    private static By roundRow(String quarter) {
        return By.cssSelector(".coverage-row[data-form-kind='MENTOR_COMPETENCIES'][data-quarter='" + quarter + "']");
    }
}
