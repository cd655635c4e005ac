package ru.nastavnik.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.nastavnik.portal.PortalPages.navigation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import ru.nastavnik.demo.DemoRegion;

/**
 * «Отбор и обучение наставников» as the school's curator: criteria, the teaching staff count and the mentors' share
 * against the 5 % target, the demo mentor's selection and a training record that makes the mentor ready.
 */
@PortalTest
class MentorTrainingPortalTest {

    static final DemoRegion.User CURATOR = DemoRegion.user("school1.curator").orElseThrow();
    static final By MENTOR = By.cssSelector(".mentor-candidate[data-person-id='" + DemoRegion.MENTOR_SCHOOL_1.id() + "']");

    private static By readiness(String status) {
        return By.cssSelector(".mentor-candidate[data-person-id='" + DemoRegion.MENTOR_SCHOOL_1.id()
                + "'] .readiness[data-status='" + status + "']");
    }

    @Test
    void curatorRecordsATrainingAndSeesReadinessAndTheShare(Browser browser) {
        browser.logIn(CURATOR);
        browser.click(navigation("training"));
        browser.waitForText(By.tagName("h1"), "Отбор и обучение наставников");
        browser.waitForText(MENTOR, DemoRegion.MENTOR_SCHOOL_1.fullName());
        assertThat(browser.waitFor(MENTOR).getText()).contains("Не оценён(а)");
        assertThat(browser.findAll(By.cssSelector(".mentor-candidate")).stream().map(e -> e.getText()))
                .noneMatch(text -> text.contains(DemoRegion.MENTEE_SCHOOL_1.fullName()));

        // No criteria of its own yet: the defaults are offered and saved as the school's.
        browser.waitFor(By.cssSelector(".criteria-defaults"));
        assertThat(browser.waitFor(By.id("criteria-form")).findElements(By.cssSelector(".criterion-row"))).hasSizeGreaterThanOrEqualTo(4);
        browser.click(By.cssSelector("#criteria-form button[type=submit]"));
        browser.waitForText(By.cssSelector("#criteria-form .form-status"), "Критерии сохранены");

        // The teaching staff count: the mentors' share against the 5 % target.
        int mentors = Integer.parseInt(browser.waitFor(By.cssSelector(".mentors-count")).getText().strip());
        browser.type(By.cssSelector("#staff-form [name=teachingStaff]"), "20");
        browser.click(By.cssSelector("#staff-form button[type=submit]"));
        String share = BigDecimal.valueOf(mentors * 100L).divide(BigDecimal.valueOf(20), 1, RoundingMode.HALF_UP)
                .toPlainString().replace('.', ',') + " %";
        browser.waitForText(By.cssSelector(".mentor-share"), share);
        assertThat(browser.waitFor(By.cssSelector(".teaching-staff")).getText()).isEqualTo("20");
        assertThat(browser.waitFor(By.cssSelector(".share-target")).getText())
                .isEqualTo(mentors * 100 >= 5 * 20 ? "цель ≥ 5,0 % достигнута" : "ниже цели 5,0 %");

        // Selection: interview, a criterion met, selected → waits for training.
        browser.click(By.cssSelector(".mentor-candidate[data-person-id='" + DemoRegion.MENTOR_SCHOOL_1.id() + "'] .open-person"));
        browser.waitForText(By.cssSelector(".selected-person"), DemoRegion.MENTOR_SCHOOL_1.fullName());
        browser.type(By.id("selection-interviewNotes"), "Уверенно ведёт открытые уроки, готова вести молодого учителя");
        browser.click(By.cssSelector("#selection-form [data-criterion-id]"));
        new Select(browser.waitFor(By.id("selection-decision"))).selectByValue("SELECTED");
        browser.type(By.id("selection-reason"), "Соответствует обязательным критериям");
        browser.click(By.cssSelector("#selection-form button[type=submit]"));
        browser.waitFor(readiness("AWAITING_TRAINING"));
        assertThat(browser.waitFor(By.cssSelector(".ready-mentors")).getText()).isEqualTo("0");

        // A training out of range is refused beside the field; a valid one makes the mentor ready.
        String course = "Наставничество в образовательной организации " + UUID.randomUUID().toString().substring(0, 6);
        browser.type(By.id("training-courseTitle"), course);
        browser.type(By.id("training-provider"), "ИРО Краснодарского края");
        browser.type(By.id("training-certificateReference"), "Удостоверение № 231200054321");
        browser.type(By.id("training-hours"), "600");
        browser.click(By.cssSelector("#training-form button[type=submit]"));
        browser.waitForText(By.id("training-hours-error"), "От 1 до 500 часов");
        assertThat(browser.findAll(By.cssSelector(".training-list"))).isEmpty();

        browser.type(By.id("training-hours"), "36");
        browser.click(By.cssSelector("#training-form button[type=submit]"));
        browser.waitFor(readiness("READY"));
        browser.waitForText(By.cssSelector(".training-list"), course);
        assertThat(browser.waitFor(MENTOR).getText()).contains("Готов(а) к работе", "обучений: 1");
        browser.waitForText(By.cssSelector(".ready-mentors"), "1");
        assertThat(browser.waitFor(By.cssSelector(".mentor-share")).getText()).contains(share);
        browser.atEveryViewport("school-training", () -> assertThat(browser.waitFor(MENTOR).getText()).contains("Готов(а) к работе"));
    }
}
