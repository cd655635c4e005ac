package ru.nastavnik.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.nastavnik.portal.PortalPages.*;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import ru.nastavnik.demo.DemoRegion;

/**
 * The school portal as a school's curator acting for two organizations (a school and a kindergarten): the
 * directory limited to them, the organization switcher, the people of the school and their registration form.
 */
@PortalTest
class SchoolCuratorPortalTest {

    static final DemoRegion.User CURATOR = DemoRegion.user("school1.curator").orElseThrow();

    @Test
    void directoryShowsOnlyTheCuratorsOrganizations(Browser browser) {
        browser.logIn(CURATOR);
        assertThat(browser.path()).isEqualTo(SCHOOL_PORTAL + "#/directory");

        browser.waitFor(organization(DemoRegion.SCHOOL_1));
        browser.waitFor(organization(DemoRegion.KINDERGARTEN_5));
        assertThat(browser.findAll(By.cssSelector(".organization"))).hasSize(2);
        assertThat(browser.findAll(municipality(DemoRegion.LENINGRADSKY))).hasSize(1);
        assertThat(browser.findAll(municipality(DemoRegion.KUSHCHEVSKY))).isEmpty();
        assertThat(browser.findAll(organization(DemoRegion.SCHOOL_7))).isEmpty();
        assertThat(browser.waitFor(DIRECTORY).getText())
                .contains(DemoRegion.REGION.name(), DemoRegion.LENINGRADSKY.name(), "школа", "детский сад");

        browser.atEveryViewport("school-directory", () -> {
            if (browser.viewport().mobile()) {
                // The navigation collapses behind the menu button on a phone.
                assertThat(browser.waitFor(MENU_TOGGLER).isDisplayed()).isTrue();
                assertThat(browser.findAll(MENU).getFirst().isDisplayed()).isFalse();
            } else {
                assertThat(browser.findAll(MENU_TOGGLER).getFirst().isDisplayed()).isFalse();
                assertThat(browser.waitFor(USER_NAME).getText()).isEqualTo(CURATOR.fullName());
                assertThat(browser.waitFor(USER_ROLE).getText()).isEqualTo("Куратор организации");
            }
        });
    }

    @Test
    void phoneMenuOpensWithNameRoleSwitcherAndLogout(Browser browser) {
        browser.logIn(CURATOR);
        browser.use(Browser.PHONE);
        browser.click(MENU_TOGGLER);
        browser.waitFor(LOGOUT);
        assertThat(browser.waitFor(USER_NAME).getText()).isEqualTo(CURATOR.fullName());
        assertThat(browser.waitFor(SWITCHER).isDisplayed()).isTrue();
        assertThat(browser.waitFor(navigation("people")).getText()).isEqualTo("Участники");
        browser.assertNoHorizontalScroll();
        browser.screenshot("school-menu-open");

        // Choosing a destination closes the menu again.
        browser.click(navigation("profile"));
        browser.waitUntil(d -> !d.findElement(MENU).isDisplayed());
        browser.waitForText(By.tagName("h1"), "Мой профиль");
        assertThat(browser.waitFor(By.cssSelector(".profile")).getText())
                .contains(CURATOR.username(), DemoRegion.SCHOOL_1.name(), DemoRegion.KINDERGARTEN_5.name());
        browser.atEveryViewport("school-profile", () -> { });
    }

    @Test
    void switcherChangesTheCurrentOrganizationAndRemembersIt(Browser browser) {
        browser.logIn(CURATOR);
        Select switcher = new Select(browser.waitFor(SWITCHER));
        assertThat(switcher.getOptions()).extracting(WebElement::getText)
                .containsExactly(DemoRegion.SCHOOL_1.name(), DemoRegion.KINDERGARTEN_5.name());
        assertThat(switcher.getFirstSelectedOption().getText()).isEqualTo(DemoRegion.SCHOOL_1.name());

        switcher.selectByValue(DemoRegion.KINDERGARTEN_5.id().toString());
        browser.waitFor(By.cssSelector(".organization.current[data-organization-id='" + DemoRegion.KINDERGARTEN_5.id() + "']"));

        // Remembered across a reload (localStorage), and «Участники» now means the kindergarten's people.
        browser.driver().navigate().refresh();
        browser.waitFor(By.cssSelector(".organization.current[data-organization-id='" + DemoRegion.KINDERGARTEN_5.id() + "']"));
        assertThat(new Select(browser.waitFor(SWITCHER)).getFirstSelectedOption().getText())
                .isEqualTo(DemoRegion.KINDERGARTEN_5.name());
        browser.click(navigation("people"));
        browser.waitForText(ORGANIZATION_TITLE, DemoRegion.KINDERGARTEN_5.name());
        browser.waitFor(By.cssSelector(".people-list .empty"));
        browser.atEveryViewport("school-people-kindergarten", () -> { });

        // Switching while on the people screen follows to the other organization's people.
        new Select(browser.waitFor(SWITCHER)).selectByValue(DemoRegion.SCHOOL_1.id().toString());
        browser.waitForText(ORGANIZATION_TITLE, DemoRegion.SCHOOL_1.name());
        assertThat(browser.path()).endsWith(peoplePath(DemoRegion.SCHOOL_1));
    }

    @Test
    void registersAPersonWithRussianValidationMessages(Browser browser) {
        browser.logIn(CURATOR);
        browser.click(peopleLinkOf(DemoRegion.SCHOOL_1));
        browser.waitForText(ORGANIZATION_TITLE, DemoRegion.SCHOOL_1.name());
        browser.waitForPresent(By.cssSelector(".people-list [data-person-id='" + DemoRegion.MENTOR_SCHOOL_1.id() + "']"));

        browser.atEveryViewport("school-people", () -> {
            By visibleList = browser.viewport().mobile() ? PEOPLE_CARDS : PEOPLE_TABLE;
            By hiddenList = browser.viewport().mobile() ? PEOPLE_TABLE : PEOPLE_CARDS;
            assertThat(browser.waitFor(visibleList).getText())
                    .contains(DemoRegion.MENTOR_SCHOOL_1.fullName(), DemoRegion.MENTEE_SCHOOL_1.fullName(),
                            "кандидат в наставники", "кандидат в наставляемые", "24 года");
            assertThat(browser.findAll(hiddenList).getFirst().isDisplayed()).isFalse();
        });

        // Empty form: the page's own Russian messages beside the required fields, nothing sent.
        browser.click(SUBMIT);
        browser.waitForText(fieldError("fullName"), "Укажите фамилию, имя и отчество");
        assertThat(browser.waitFor(fieldError("yearsOfExperience")).getText()).isEqualTo("Укажите педагогический стаж в годах");
        assertThat(browser.waitFor(fieldError("programmeRole")).getText()).isEqualTo("Выберите роль в программе");
        assertThat(browser.findAll(fieldError("position")).getFirst().isDisplayed()).isFalse();
        assertThat(browser.waitFor(FORM_STATUS).getText()).contains("Проверьте поля");
        browser.atEveryViewport("school-people-validation", () -> { });

        // Filled in but out of range: the service's problem+json field error appears beside the field.
        browser.type(field("fullName"), "Иванова Мария Петровна");
        browser.type(field("position"), "учитель начальных классов");
        browser.type(field("subjects"), "начальные классы");
        browser.type(field("yearsOfExperience"), "80");
        new Select(browser.waitFor(field("programmeRole"))).selectByValue("MENTEE_CANDIDATE");
        browser.click(SUBMIT);
        browser.waitForText(fieldError("yearsOfExperience"), "Не больше 70 лет");
        assertThat(browser.waitFor(FORM_STATUS).findElement(PROBLEM).getText()).isNotBlank();
        assertThat(browser.findAll(fieldError("fullName")).getFirst().isDisplayed()).isFalse();
        browser.atEveryViewport("school-people-server-error", () -> { });

        browser.type(field("yearsOfExperience"), "3");
        browser.click(SUBMIT);
        browser.waitForText(FORM_STATUS, "Иванова Мария Петровна");
        browser.waitForText(PEOPLE_TABLE, "Иванова Мария Петровна");
        assertThat(browser.waitFor(PEOPLE_TABLE).getText()).contains("учитель начальных классов", "3 года");
        assertThat(browser.waitFor(field("fullName")).getAttribute("value")).isEmpty();
        browser.atEveryViewport("school-people-registered", () -> assertThat(
                browser.waitFor(browser.viewport().mobile() ? PEOPLE_CARDS : PEOPLE_TABLE).getText())
                .contains("Иванова Мария Петровна"));
    }
}
