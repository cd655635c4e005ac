package ru.nastavnik.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.nastavnik.portal.PortalPages.navigation;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import ru.nastavnik.demo.DemoRegion;

/**
 * «Мониторинг → Дорожная карта»: a school curator creates the roadmap from the standard template, marks an item done
 * and adds one of their own; another imports a seed roadmap file through the preview; the municipal curator sees the
 * organizations' completion table.
 */
@PortalTest
class RoadmapPortalTest {

    static final DemoRegion.User CURATOR = DemoRegion.user("school1.curator").orElseThrow();
    static final DemoRegion.User MUNICIPAL = DemoRegion.user("leningradsky.curator").orElseThrow();

    static final DemoRegion.User SCHOOL_7_CURATOR = DemoRegion.user("school7.curator").orElseThrow();
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
    void aCuratorImportsASeedRoadmapThroughThePage(Browser browser) throws Exception {
        Path seed = Files.createTempFile("roadmap-", ".txt");
        seed.toFile().deleteOnExit();
        try (var in = RoadmapPortalTest.class.getResourceAsStream("/roadmaps/seed-000.txt")) {
            Files.write(seed, in.readAllBytes());
        }
        browser.logIn(SCHOOL_7_CURATOR);
        browser.click(navigation("roadmap-import"));
        browser.waitForText(By.tagName("h1"), "Импорт дорожной карты");
        browser.waitForPresent(By.id("roadmap-file")).sendKeys(seed.toString());
        browser.click(By.id("roadmap-import-check"));
        browser.waitForText(By.cssSelector(".import-preview-summary"), "Пунктов:");
        int previewed = browser.findAll(By.cssSelector(".import-preview .preview-item")).size();
        assertThat(previewed).isGreaterThan(3);
        String firstActivity = browser.waitFor(By.cssSelector(".import-preview .preview-item td:nth-child(3)")).getText();
        browser.atEveryViewport("roadmap-import-preview", () -> { });

        browser.click(By.id("roadmap-import-confirm"));
        browser.waitForText(By.tagName("h1"), "Дорожная карта");
        browser.waitForPresent(By.cssSelector(".roadmap-title"));
        browser.waitUntil(d -> d.findElements(By.cssSelector(".roadmap-table tr.roadmap-item")).size() == previewed);
        assertThat(browser.waitFor(By.cssSelector(".roadmap-table")).getText()).contains(firstActivity);
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
