package ru.nastavnik.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.nastavnik.portal.PortalPages.*;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import ru.nastavnik.demo.DemoRegion;

/**
 * Questionnaires in the school portal: a mentee fills the default mentee form (rendered from its data), sees the
 * server's messages beside the questions left unanswered and then the confirmation; the curator sees the submission.
 */
@PortalTest
class QuestionnairePortalTest {

    static final DemoRegion.User MENTEE = DemoRegion.user("school1.mentee").orElseThrow();
    static final DemoRegion.User CURATOR = DemoRegion.user("school1.curator").orElseThrow();
    static final String MENTEE_FORM = "00000000-0000-4000-9000-000000000002";

    @Test
    void aMenteeFillsTheMenteeFormAndTheCuratorSeesIt(Browser browser) {
        browser.logIn(MENTEE);
        browser.click(navigation("questionnaires"));
        browser.waitForText(By.tagName("h1"), "Анкеты");
        assertThat(browser.waitFor(By.cssSelector(".questionnaires")).getText())
                .contains("Анкета кандидата в наставники", "Анкета наставляемого", "Анкета участника нетворкинг-встречи");
        browser.click(By.cssSelector(".questionnaire[data-form-id='" + MENTEE_FORM + "'] .fill-link"));
        browser.waitForText(By.tagName("h1"), "Анкета наставляемого");
        browser.waitFor(question("DIFFICULTIES"));
        assertThat(browser.findAll(By.cssSelector(".question"))).hasSizeGreaterThanOrEqualTo(5);
        assertThat(browser.findAll(By.cssSelector("#questionnaire-form .on-behalf"))).as("a mentee fills their own").isEmpty();

        // Nothing answered: the server's messages appear beside the required questions.
        browser.click(By.cssSelector("#questionnaire-form button[type=submit]"));
        browser.waitForText(By.cssSelector(".question[data-code='DIFFICULTIES'] .question-error"), "Обязательный вопрос");
        assertThat(browser.waitFor(By.cssSelector(".question[data-code='SELF_ASSESSMENT'] .question-error")).getText())
                .isEqualTo("Обязательный вопрос");
        assertThat(browser.findAll(By.cssSelector(".question[data-code='COMMENT'] .question-error")).getFirst().getText()).isEmpty();
        browser.screenshot("questionnaire-errors");

        browser.click(By.cssSelector("label[for='q-DIFFICULTIES-DISCIPLINE']"));
        browser.click(By.cssSelector("label[for='q-DIFFICULTIES-WORKLOAD']"));
        browser.click(By.cssSelector("label[for='q-REQUESTS-DISCIPLINE']"));
        browser.click(By.cssSelector("label[for='q-EXPECTATIONS-LESSON_VISITS']"));
        browser.click(By.cssSelector("label[for='q-PREFERRED_FORMAT-MIXED']"));
        browser.click(By.cssSelector("label[for='q-SELF_ASSESSMENT-7']"));
        String comment = "Нужна помощь с 7 «Б» " + UUID.randomUUID().toString().substring(0, 8);
        browser.type(By.id("q-COMMENT"), comment);
        browser.atEveryViewport("questionnaire-mentee", () -> { });
        browser.click(By.cssSelector("#questionnaire-form button[type=submit]"));
        browser.waitForText(By.cssSelector(".questionnaire-confirmation"), "Анкета отправлена");

        browser.click(By.linkText("К списку анкет"));
        browser.waitForText(By.cssSelector(".submissions"), "Мои анкеты");
        assertThat(browser.waitFor(By.cssSelector(".submissions-table")).getText()).contains("Анкета наставляемого", "сам участник");
        browser.assertNoLeakedValues();

        browser.click(LOGOUT);
        browser.waitUntil(d -> browser.path().equals("/"));
        browser.logIn(CURATOR);
        browser.click(navigation("questionnaires"));
        browser.waitForText(By.cssSelector(".submissions"), "Заполненные анкеты");
        assertThat(browser.waitFor(By.cssSelector(".submissions-table")).getText())
                .contains(DemoRegion.MENTEE_SCHOOL_1.fullName(), "Анкета наставляемого", "сам участник");
        assertThat(browser.findAll(By.cssSelector(".questionnaire[data-form-id='" + MENTEE_FORM + "'] .copy-button")))
                .as("the curator may copy a default").hasSize(1);
        browser.assertNoLeakedValues();
        browser.screenshot("questionnaire-curator");

        // The curator copies the default and edits the copy's questions; a mistake is shown beside its question.
        browser.click(By.cssSelector(".questionnaire[data-form-id='" + MENTEE_FORM + "'] .copy-button"));
        browser.waitFor(By.id("questionnaire-editor"));
        By firstCode = By.cssSelector(".question-editor:first-child [name='code']");
        By firstText = By.cssSelector(".question-editor:first-child [name='text']");
        assertThat(browser.waitFor(firstCode).getAttribute("value")).isEqualTo("DIFFICULTIES");
        browser.type(firstCode, "плохой код");
        browser.click(By.cssSelector("#questionnaire-editor button[type=submit]"));
        browser.waitForText(By.cssSelector(".question-editor:first-child .question-error"), "Латинские заглавные буквы");
        browser.type(firstCode, "DIFFICULTIES");
        browser.type(firstText, "С какими трудностями вы сталкиваетесь на уроках?");
        // Enter submits the form; a click now could miss while the page still scrolls smoothly to the field.
        browser.waitFor(firstText).sendKeys(Keys.ENTER);
        browser.waitForText(By.cssSelector(".saved"), "Сохранено: версия 1");
        browser.click(By.linkText("Анкеты"));
        browser.waitFor(By.cssSelector(".questionnaire .edit-link"));
        assertThat(browser.waitFor(By.cssSelector(".questionnaires")).getText()).contains("копия организации, версия 1");
        browser.click(By.cssSelector(".questionnaire .edit-link"));
        assertThat(browser.waitFor(firstText).getAttribute("value")).isEqualTo("С какими трудностями вы сталкиваетесь на уроках?");
        browser.assertNoLeakedValues();
    }

    private static By question(String code) {
        return By.cssSelector(".question[data-code='" + code + "']");
    }
}
