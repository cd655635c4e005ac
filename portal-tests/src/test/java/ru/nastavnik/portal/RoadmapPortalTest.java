package ru.nastavnik.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.nastavnik.portal.PortalPages.navigation;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import ru.nastavnik.demo.DemoRegion;

/**
 * «Мониторинг → Дорожная карта»: a school curator creates the roadmap from the standard template, marks an item done
 * and adds one of their own; the municipal curator sees the organizations' completion table.
 */
@PortalTest
class RoadmapPortalTest {

    static final DemoRegion.User CURATOR = DemoRegion.user("school1.curator").orElseThrow();
    static final DemoRegion.User MUNICIPAL = DemoRegion.user("leningradsky.curator").orElseThrow();

    static final By ITEM_1_1 = By.cssSelector(".roadmap-table tr.roadmap-item[data-number='1.1']");

    @Test
    void aCuratorCreatesTheRoadmapFromTheTemplateAndMarksAnItemDone(Browser browser) {
        browser.logIn(CURATOR);
        browser.click(navigation("roadmap"));
        browser.waitForText(By.tagName("h1"), "Дорожная карта");
        browser.click(By.id("roadmap-from-template"));
        browser.waitForText(By.cssSelector(".roadmap-title"), "Дорожная карта внедрения целевой модели наставничества");
        assertThat(browser.findAll(By.cssSelector(".roadmap-table tr.stage-group")).size()).isGreaterThanOrEqualTo(10);
        browser.waitForText(ITEM_1_1, "Подготовка и принятие локальных нормативных актов");
        assertThat(browser.waitFor(By.cssSelector(".roadmap-table tr.roadmap-item[data-number='1.1'] .deadline-original"))
                .getText()).isEqualTo("До 15 сентября");
        assertThat(browser.waitFor(By.cssSelector(".roadmap-table tr.roadmap-item[data-number='1.1'] .deadline-hint"))
                .getText()).matches("15\\.09\\.\\d{4}");
        browser.waitForText(By.cssSelector(".roadmap-summary .roadmap-done"), "Выполнено: 0");

        new Select(browser.waitFor(By.cssSelector(".roadmap-table tr.roadmap-item[data-number='1.1'] .item-status")))
                .selectByVisibleText("Выполнено");
        browser.waitForText(By.cssSelector(".roadmap-summary .roadmap-done"), "Выполнено: 1");
        assertThat(browser.waitFor(By.cssSelector(".roadmap-table tr.roadmap-item[data-number='1.1'] .done-on")).getText())
                .startsWith("выполнено ");
        assertThat(browser.findAll(By.cssSelector(".roadmap-table tr.roadmap-item[data-number='1.1'] .overdue"))).isEmpty();

        browser.click(By.id("roadmap-add-item"));
        browser.type(By.id("item-activities"), "Круглый стол молодых педагогов");
        browser.type(By.id("item-deadline.original"), "По отдельному графику");
        browser.click(By.id("item-save"));
        browser.waitForText(By.cssSelector(".roadmap-table"), "Круглый стол молодых педагогов");

        // Reloaded from the server: the status and the new item were stored.
        browser.open(PortalPages.SCHOOL_PORTAL + "#/directory");
        browser.click(navigation("roadmap"));
        browser.waitForText(By.cssSelector(".roadmap-summary .roadmap-done"), "Выполнено: 1");
        WebElement status = browser.waitFor(By.cssSelector(".roadmap-table tr.roadmap-item[data-number='1.1'] .item-status"));
        assertThat(new Select(status).getFirstSelectedOption().getText()).isEqualTo("Выполнено");
        assertThat(browser.waitFor(By.cssSelector(".roadmap-table")).getText()).contains("Круглый стол молодых педагогов");
        browser.atEveryViewport("roadmap-editor", () -> {
            if (browser.viewport().mobile()) {
                assertThat(browser.waitFor(By.cssSelector(".roadmap-cards")).getText()).contains("Круглый стол молодых педагогов");
            }
        });
    }

    @Test
    void theMunicipalCuratorSeesTheOrganizationsCompletion(Browser browser) {
        browser.logIn(MUNICIPAL);
        browser.click(navigation("roadmap-completion"));
        browser.waitForText(By.tagName("h1"), "Выполнение дорожных карт");
        browser.waitForText(By.cssSelector(".completion-table"), DemoRegion.SCHOOL_1.name());
        assertThat(browser.waitFor(By.cssSelector(".completion-table")).getText()).contains(DemoRegion.KINDERGARTEN_5.name());
        assertThat(browser.waitFor(By.cssSelector(".completion-total")).getText()).startsWith("Итого");
        assertThat(browser.findAll(By.cssSelector(".completion-table .completion-row")).size()).isGreaterThanOrEqualTo(2);
        browser.atEveryViewport("roadmap-completion", () -> { });
    }
}
