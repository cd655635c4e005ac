package ru.nastavnik.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.nastavnik.portal.PortalPages.navigation;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import ru.nastavnik.demo.DemoRegion;

/**
 * «Импорт списка сотрудников» in the school portal: the curator checks a staff list, sees its bad row, checks the
 * corrected file, imports it with the progress bar and reads the summary.
 */
@PortalTest
class StaffImportPortalTest {

    static final DemoRegion.User CURATOR = DemoRegion.user("school1.curator").orElseThrow();

    @Test
    void aCuratorFixesTheBadRowAndImportsTheList(Browser browser) throws Exception {
        String first = "Сидорова Анна " + word();
        String second = "Григорьев Павел " + word();
        Path bad = csv("ФИО;Должность;Стаж;Роль\r\n" + first + ";учитель;5;наставник\r\n" + second + ";учитель;семь;наставляемый\r\n");
        Path good = csv("ФИО;Должность;Стаж;Роль\r\n" + first + ";учитель;5;наставник\r\n" + second + ";учитель;7;наставляемый\r\n");

        browser.logIn(CURATOR);
        browser.click(navigation("import"));
        browser.waitForText(By.tagName("h1"), "Импорт списка сотрудников");
        browser.waitForText(By.cssSelector(".organization-title"), DemoRegion.SCHOOL_1.name());
        assertThat(browser.waitFor(By.id("import-template")).getAttribute("href")).endsWith("/api/participants/imports/template.xlsx");
        assertThat(browser.waitFor(By.id("export-mentors")).getText()).contains("Выгрузить в Excel");

        browser.waitForPresent(By.id("import-file")).sendKeys(bad.toString());
        browser.click(By.id("import-check"));
        browser.waitForText(By.cssSelector(".import-errors .import-error"), "целое число лет");
        assertThat(browser.waitFor(By.cssSelector(".import-error-row")).getText()).isEqualTo("3");
        assertThat(browser.waitFor(By.cssSelector(".import-error-column")).getText()).isEqualTo("Стаж");
        assertThat(browser.findAll(By.id("import-run"))).as("nothing to import while the file has errors").isEmpty();
        browser.atEveryViewport("staff-import-errors", () -> { });

        browser.waitForPresent(By.id("import-file")).clear();
        browser.waitForPresent(By.id("import-file")).sendKeys(good.toString());
        browser.click(By.id("import-check"));
        browser.waitForText(By.cssSelector(".import-summary"), "Будет создано: 2");
        browser.click(By.id("import-run"));
        browser.waitForText(By.cssSelector(".import-done"), "Создано: 2");
        assertThat(browser.waitFor(By.cssSelector(".import-done")).getText()).contains("Обновлено: 0", "Без изменений: 0");
        browser.atEveryViewport("staff-import-done", () -> { });

        browser.click(navigation("people"));
        browser.waitForText(By.cssSelector(".people-list"), first);
        assertThat(browser.waitFor(By.cssSelector(".people-list")).getText()).contains(second);
    }

    private static Path csv(String text) throws Exception {
        Path file = Files.createTempFile("staff-", ".csv");
        file.toFile().deleteOnExit();
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
        return file;
    }

    /** A Cyrillic patronymic-like word unique to this run, so the names are new in the demo school. */
    private static String word() {
        String letters = "абвгдежзиклмнопрстуфхцчшэюя";
        StringBuilder word = new StringBuilder("Т");
        long n = UUID.randomUUID().getMostSignificantBits() & Long.MAX_VALUE;
        for (int i = 0; i < 9; i++) {
            word.append(letters.charAt((int) (n % letters.length())));
            n /= letters.length();
        }
        return word.toString();
    }
}
