package ru.nastavnik.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.nastavnik.portal.PortalPages.*;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import ru.nastavnik.demo.DemoRegion;

/** The landing page, logging in and out, and what other schools' users and mentors do not see. */
@PortalTest
class AccessAndSessionTest {

    static final DemoRegion.User SCHOOL_7_CURATOR = DemoRegion.user("school7.curator").orElseThrow();
    static final DemoRegion.User SCHOOL_1_CURATOR = DemoRegion.user("school1.curator").orElseThrow();
    static final DemoRegion.User SCHOOL_1_MENTOR = DemoRegion.user("school1.mentor").orElseThrow();

    @Test
    void landingPageOffersLoginInRussian(Browser browser) {
        browser.open("/");
        assertThat(browser.waitFor(By.tagName("h1")).getText())
                .isEqualTo("Наставник — платформа целевой модели наставничества");
        assertThat(browser.waitFor(LOGIN_BUTTON).getText()).isEqualTo("Войти");
        browser.atEveryViewport("landing", () -> assertThat(browser.waitFor(LOGIN_BUTTON).isDisplayed()).isTrue());

        browser.click(LOGIN_BUTTON);
        browser.waitFor(By.id("username"));
        browser.atEveryViewport("login", () -> { });

        // Where the gateway sends a login that failed on the way back from the identity provider.
        browser.open("/?login=error");
        browser.waitForText(By.id("status"), "Не удалось войти");
        assertThat(browser.waitFor(LOGIN_BUTTON).isDisplayed()).isTrue();
    }

    @Test
    void aPortalPageWithoutSessionLeadsToTheLoginPage(Browser browser) {
        browser.open(SCHOOL_PORTAL);
        browser.waitFor(By.id("username"));
        assertThat(browser.driver().getCurrentUrl()).doesNotStartWith(browser.baseUrl() + SCHOOL_PORTAL);
    }

    @Test
    void anotherSchoolsCuratorDoesNotSeeSchoolOne(Browser browser) {
        browser.logIn(SCHOOL_7_CURATOR);
        browser.waitFor(organization(DemoRegion.SCHOOL_7));
        assertThat(browser.findAll(By.cssSelector(".organization"))).hasSize(1);
        assertThat(browser.findAll(organization(DemoRegion.SCHOOL_1))).isEmpty();
        assertThat(browser.waitFor(DIRECTORY).getText()).doesNotContain(DemoRegion.SCHOOL_1.name(), DemoRegion.LENINGRADSKY.name());
        // One organization: no switcher, its name instead.
        assertThat(browser.findAll(SWITCHER)).isEmpty();

        // A hand-made link to school 1's people: the service refuses, the page says so in Russian.
        browser.open(SCHOOL_PORTAL + peoplePath(DemoRegion.SCHOOL_1));
        WebElement problem = browser.waitFor(PROBLEM);
        assertThat(problem.getAttribute("data-code")).isEqualTo("FORBIDDEN");
        assertThat(problem.findElement(By.cssSelector(".problem-title")).getText()).matches("[А-ЯЁ].*");
        assertThat(browser.findAll(By.tagName("body")).getFirst().getText()).doesNotContain(DemoRegion.MENTOR_SCHOOL_1.fullName());
        browser.atEveryViewport("school-forbidden", () -> { });
    }

    @Test
    void aMentorSeesTheirOwnProfileButNotTheListOfPeople(Browser browser) {
        browser.logIn(SCHOOL_1_MENTOR);
        assertThat(browser.waitFor(USER_ROLE).getText()).isEqualTo("Наставник");
        browser.waitFor(organization(DemoRegion.SCHOOL_1));
        assertThat(browser.findAll(PEOPLE_LINK)).isEmpty();
        assertThat(browser.findAll(navigation("people"))).isEmpty();

        browser.click(navigation("profile"));
        browser.waitForText(By.cssSelector(".profile"), DemoRegion.MENTOR_SCHOOL_1.position());
        assertThat(browser.waitFor(By.cssSelector(".profile")).getText())
                .contains(DemoRegion.MENTOR_SCHOOL_1.fullName(), "кандидат в наставники", "24 года", DemoRegion.SCHOOL_1.name());
        browser.atEveryViewport("school-profile-mentor", () -> { });
    }

    @Test
    void logoutEndsTheSessionAtTheGatewayAndTheIdentityProvider(Browser browser) {
        browser.logIn(SCHOOL_1_CURATOR);
        assertThat(browser.fetchStatus("/portal/session")).isEqualTo(200);

        browser.click(LOGOUT);
        browser.waitUntil(d -> browser.path().equals("/"));
        browser.waitFor(LOGIN_BUTTON);
        assertThat(browser.fetchStatus("/portal/session")).isEqualTo(401);

        // Had the identity provider kept its session, «Войти» would lead straight back into the portal.
        browser.click(LOGIN_BUTTON);
        browser.waitFor(By.id("username"));
    }
}
