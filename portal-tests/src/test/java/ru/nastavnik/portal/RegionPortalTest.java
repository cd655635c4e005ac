package ru.nastavnik.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.nastavnik.portal.PortalPages.*;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import ru.nastavnik.demo.DemoRegion;

/** The regional portal: the regional institute sees the whole region, a municipal curator their municipality. */
@PortalTest
class RegionPortalTest {

    static final DemoRegion.User REGION_ADMIN = DemoRegion.user("region.admin").orElseThrow();
    static final DemoRegion.User LENINGRADSKY_CURATOR = DemoRegion.user("leningradsky.curator").orElseThrow();

    @Test
    void regionAdminSeesEveryMunicipalityAndItsOrganizations(Browser browser) {
        browser.logIn(REGION_ADMIN);
        assertThat(browser.path()).isEqualTo(REGION_PORTAL + "#/directory");
        assertThat(browser.waitFor(USER_ROLE).getText()).isEqualTo("Администратор региона");

        browser.waitFor(municipality(DemoRegion.LENINGRADSKY));
        browser.waitFor(municipality(DemoRegion.KUSHCHEVSKY));
        assertThat(browser.findAll(By.cssSelector("details.municipality"))).hasSize(2);
        // Two municipalities stay closed until opened; each loads its organizations then.
        browser.click(municipalitySummary(DemoRegion.KUSHCHEVSKY));
        browser.waitFor(organization(DemoRegion.SCHOOL_7));
        browser.waitFor(organization(DemoRegion.CHILDRENS_CREATIVITY));
        assertThat(browser.waitFor(organization(DemoRegion.CHILDRENS_CREATIVITY)).getText())
                .contains("учреждение дополнительного образования");
        browser.click(municipalitySummary(DemoRegion.LENINGRADSKY));
        browser.waitFor(organization(DemoRegion.SCHOOL_1));
        browser.waitFor(organization(DemoRegion.KINDERGARTEN_5));
        // The regional institute works with aggregates, not with people's personal data.
        assertThat(browser.findAll(PEOPLE_LINK)).isEmpty();
        assertThat(browser.findAll(SWITCHER)).isEmpty();

        browser.atEveryViewport("region-directory", () -> { });
    }

    @Test
    void municipalCuratorSeesTheirMunicipalityAndItsPeople(Browser browser) {
        browser.logIn(LENINGRADSKY_CURATOR);
        assertThat(browser.path()).isEqualTo(REGION_PORTAL + "#/directory");
        browser.waitFor(organization(DemoRegion.SCHOOL_1));
        browser.waitFor(organization(DemoRegion.KINDERGARTEN_5));
        assertThat(browser.findAll(municipality(DemoRegion.KUSHCHEVSKY))).isEmpty();
        assertThat(browser.findAll(organization(DemoRegion.SCHOOL_7))).isEmpty();
        browser.atEveryViewport("region-directory-municipal", () -> { });

        browser.click(peopleLinkOf(DemoRegion.SCHOOL_1));
        browser.waitForText(ORGANIZATION_TITLE, DemoRegion.SCHOOL_1.name());
        browser.waitForText(PEOPLE_TABLE, DemoRegion.MENTOR_SCHOOL_1.fullName());
        browser.atEveryViewport("region-people", () -> { });
    }

    @Test
    void aRegionalUserWhoOpensTheSchoolPortalIsSentToTheirOwn(Browser browser) {
        browser.logIn(REGION_ADMIN);
        browser.open(SCHOOL_PORTAL);
        browser.waitUntil(d -> browser.path().startsWith(REGION_PORTAL));
        browser.waitFor(DIRECTORY);
    }
}
