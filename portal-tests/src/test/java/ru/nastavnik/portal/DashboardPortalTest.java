package ru.nastavnik.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static ru.nastavnik.portal.PortalPages.REGION_PORTAL;
import static ru.nastavnik.portal.PortalPages.SCHOOL_PORTAL;
import static ru.nastavnik.portal.PortalPages.navigation;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import ru.nastavnik.demo.DemoRegion;
import ru.nastavnik.launcher.Infrastructure;

/**
 * The monitoring dashboards in the browser: an organization's cards, charts, table and downloads; a municipality's
 * organizations with sorting and drill-down; the region's municipalities down to an organization. Indicator facts are
 * put in monitoring's database as the projections would write them (no screen produces them).
 */
@PortalTest
class DashboardPortalTest {

    static final DemoRegion.User SCHOOL_CURATOR = DemoRegion.user("school1.curator").orElseThrow();
    static final DemoRegion.User MUNICIPAL_CURATOR = DemoRegion.user("leningradsky.curator").orElseThrow();
    static final DemoRegion.User REGION_ADMIN = DemoRegion.user("region.admin").orElseThrow();
    static final DemoRegion.User MENTOR = DemoRegion.user("school1.mentor").orElseThrow();

    /** The academic year the dashboards open on, as the page computes it: September starts a new one. */
    static final int YEAR = LocalDate.now().getMonthValue() >= 9 ? LocalDate.now().getYear() : LocalDate.now().getYear() - 1;

    static final By CARDS = By.cssSelector(".indicator-card");
    static final By BREAKDOWN_ROWS = By.cssSelector(".breakdown-table tbody tr");

    @BeforeAll
    static void factsAreProjected() throws Exception {
        Infrastructure infrastructure = PlatformExtension.platform().infrastructure();
        try (Connection db = DriverManager.getConnection(infrastructure.jdbcUrl("monitoring"), infrastructure.postgresUsername(),
                infrastructure.postgresPassword())) {
            // The directory arrives from participant-service's OrganizationRegistered events.
            await().atMost(Duration.ofSeconds(90)).until(() -> {
                try (PreparedStatement known = db.prepareStatement(
                        "SELECT count(*) FROM unit_directory WHERE unit_id = ANY (?)")) {
                    known.setArray(1, db.createArrayOf("uuid", DemoRegion.ORGANIZATIONS.stream().map(o -> o.id()).toArray()));
                    try (ResultSet rs = known.executeQuery()) {
                        return rs.next() && rs.getInt(1) == DemoRegion.ORGANIZATIONS.size();
                    }
                }
            });
            fact(db, DemoRegion.SCHOOL_1, YEAR, "PLAN_FULFILMENT", 45, 50);
            fact(db, DemoRegion.SCHOOL_1, YEAR, "PARTICIPANTS_IN_PAIRS", 9, 10);
            fact(db, DemoRegion.SCHOOL_1, YEAR, "MENTORS_SHARE_OF_TEACHING_STAFF", 3, 40);
            fact(db, DemoRegion.SCHOOL_1, YEAR, "PRACTICES_PUBLISHED", 2, 0);
            fact(db, DemoRegion.SCHOOL_1, YEAR - 1, "PLAN_FULFILMENT", 30, 50);
            fact(db, DemoRegion.KINDERGARTEN_5, YEAR, "PLAN_FULFILMENT", 10, 20);
            fact(db, DemoRegion.KINDERGARTEN_5, YEAR, "PARTICIPANTS_IN_PAIRS", 4, 4);
            fact(db, DemoRegion.SCHOOL_7, YEAR, "PLAN_FULFILMENT", 19, 20);
        }
    }

    private static void fact(Connection db, DemoRegion.Organization organization, int year, String indicator, long numerator,
            long denominator) throws Exception {
        try (PreparedStatement insert = db.prepareStatement("""
                INSERT INTO indicator_fact (organization_id, municipality_id, region_id, academic_year, indicator, numerator,
                    denominator) VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (organization_id, academic_year, indicator) DO UPDATE
                    SET numerator = excluded.numerator, denominator = excluded.denominator
                """)) {
            insert.setObject(1, organization.id());
            insert.setObject(2, organization.municipalityId());
            insert.setObject(3, DemoRegion.REGION.id());
            insert.setInt(4, year);
            insert.setString(5, indicator);
            insert.setLong(6, numerator);
            insert.setLong(7, denominator);
            insert.executeUpdate();
        }
    }

    @Test
    void schoolCuratorSeesTheOrganizationsIndicatorsChartsAndDownloads(Browser browser) {
        browser.logIn(SCHOOL_CURATOR);
        browser.click(navigation("dashboard"));
        browser.waitUntil(d -> browser.path().equals(SCHOOL_PORTAL + "#/dashboard/organization/" + DemoRegion.SCHOOL_1.id()));
        browser.waitForText(By.cssSelector(".dashboard-title"), DemoRegion.SCHOOL_1.name());
        browser.waitForText(card("PLAN_FULFILMENT", ".indicator-value"), "90,0 %");
        assertThat(browser.findAll(CARDS)).hasSize(8);
        assertThat(browser.waitFor(card("PLAN_FULFILMENT", ".indicator-target")).getText()).isEqualTo("цель ≥ 90 %");
        assertThat(browser.waitFor(card("PLAN_FULFILMENT", ".indicator-status")).getText()).isEqualTo("достигнуто");
        assertThat(browser.waitFor(card("PARTICIPANTS_IN_PAIRS", ".indicator-status")).getText()).isEqualTo("ниже цели");
        assertThat(browser.waitFor(card("FEEDBACK_AFTER_MEETINGS", ".indicator-status")).getText()).isEqualTo("нет данных");
        assertThat(browser.waitFor(card("PRACTICES_PUBLISHED", ".indicator-value")).getText()).isEqualTo("2");

        // The charts are drawn by Chart.js from its WebJar; the table is their text alternative, with last year's value.
        browser.waitUntil(d -> Boolean.TRUE.equals(browser.js(
                "const c = document.getElementById('chart-values'); return !!(window.Chart && c && window.Chart.getChart(c));")));
        assertThat(browser.js("return window.Chart.getChart(document.getElementById('chart-trend')).data.labels;"))
                .isEqualTo(List.of((YEAR - 1) + "/" + YEAR, YEAR + "/" + (YEAR + 1)));
        assertThat(browser.waitFor(By.id("chart-values")).getAttribute("aria-describedby")).isEqualTo("dashboard-table");
        String table = browser.waitFor(By.id("dashboard-table")).getText();
        assertThat(table).contains("Выполнение индивидуальных планов", "60,0 %", "90,0 %");

        String xlsx = browser.waitFor(By.cssSelector(".download-xlsx")).getAttribute("href");
        String pdf = browser.waitFor(By.cssSelector(".download-pdf")).getAttribute("href");
        String docx = browser.waitFor(By.cssSelector(".download-docx")).getAttribute("href");
        for (String href : List.of(xlsx, pdf, docx)) {
            assertThat(browser.fetchStatus(href)).isEqualTo(200);
        }
        // The pairs of the organization, for its curator: a table, or a note while the pairs' figures are not there.
        browser.waitUntil(d -> !browser.findAll(By.cssSelector(".pairs-table, .pairs-unavailable")).isEmpty());

        browser.atEveryViewport("dashboard-organization", () -> browser.waitFor(By.id("dashboard-table")));
    }

    @Test
    void aEarlierYearIsChosenWithTheYearSelector(Browser browser) {
        browser.logIn(SCHOOL_CURATOR);
        browser.open(SCHOOL_PORTAL + "#/dashboard");
        browser.waitForText(card("PLAN_FULFILMENT", ".indicator-value"), "90,0 %");
        new Select(browser.waitFor(By.id("dashboard-year"))).selectByValue(String.valueOf(YEAR - 1));
        browser.waitUntil(d -> browser.path().endsWith("/" + (YEAR - 1)));
        browser.waitForText(card("PLAN_FULFILMENT", ".indicator-value"), "60,0 %");
        assertThat(browser.waitFor(card("PARTICIPANTS_IN_PAIRS", ".indicator-status")).getText()).isEqualTo("нет данных");
    }

    @Test
    void municipalCuratorSortsTheOrganizationsAndOpensOne(Browser browser) {
        browser.logIn(MUNICIPAL_CURATOR);
        browser.click(navigation("dashboard"));
        browser.waitUntil(d -> browser.path().equals(REGION_PORTAL + "#/dashboard/municipality/" + DemoRegion.LENINGRADSKY.id()));
        browser.waitForText(card("PLAN_FULFILMENT", ".indicator-value"), "78,6 %");
        assertThat(browser.waitFor(card("PLAN_FULFILMENT", ".indicator-status")).getText()).isEqualTo("ниже цели");
        browser.waitUntil(d -> browser.findAll(BREAKDOWN_ROWS).size() == 2);
        assertThat(browser.waitFor(By.cssSelector(".below-target")).getText()).contains("Выполнение индивидуальных планов: 1");
        assertThat(browser.findAll(By.cssSelector(".download-docx"))).hasSize(1);

        new Select(browser.waitFor(By.id("breakdown-sort"))).selectByValue("PLAN_FULFILMENT:asc");
        browser.waitUntil(d -> firstRowUnit(browser).equals(DemoRegion.KINDERGARTEN_5.id().toString()));
        new Select(browser.waitFor(By.id("breakdown-sort"))).selectByValue("PLAN_FULFILMENT:desc");
        browser.waitUntil(d -> firstRowUnit(browser).equals(DemoRegion.SCHOOL_1.id().toString()));
        assertThat(browser.waitFor(By.cssSelector(".breakdown-table td[data-code='PLAN_FULFILMENT'][data-status='BELOW']"))
                .getText()).contains("50,0 %");
        browser.atEveryViewport("dashboard-municipality", () -> browser.waitFor(By.cssSelector(".breakdown-table")));

        browser.click(By.cssSelector(".breakdown-table tr[data-unit-id='" + DemoRegion.SCHOOL_1.id() + "'] .unit-link"));
        browser.waitForText(By.cssSelector(".dashboard-title"), DemoRegion.SCHOOL_1.name());
        browser.waitForText(card("PLAN_FULFILMENT", ".indicator-value"), "90,0 %");
        assertThat(browser.waitFor(By.cssSelector(".breadcrumb")).getText()).contains(DemoRegion.LENINGRADSKY.name());
        browser.waitUntil(d -> !browser.findAll(By.cssSelector(".pairs-table, .pairs-unavailable")).isEmpty());
    }

    @Test
    void regionAdminDrillsDownFromTheRegionToAnOrganization(Browser browser) {
        browser.logIn(REGION_ADMIN);
        browser.click(navigation("dashboard"));
        browser.waitUntil(d -> browser.path().equals(REGION_PORTAL + "#/dashboard/region/" + DemoRegion.REGION.id()));
        browser.waitForText(card("PLAN_FULFILMENT", ".indicator-value"), "82,2 %");
        browser.waitUntil(d -> browser.findAll(BREAKDOWN_ROWS).size() == 2);
        // The region's own yearly report is not offered; its tables are.
        assertThat(browser.findAll(By.cssSelector(".download-docx"))).isEmpty();
        assertThat(browser.findAll(By.cssSelector(".download-xlsx"))).hasSize(1);
        browser.atEveryViewport("dashboard-region", () -> browser.waitFor(By.cssSelector(".breakdown-table")));

        browser.click(By.cssSelector(".breakdown-table tr[data-unit-id='" + DemoRegion.KUSHCHEVSKY.id() + "'] .unit-link"));
        browser.waitForText(By.cssSelector(".dashboard-title"), DemoRegion.KUSHCHEVSKY.name());
        browser.waitForText(card("PLAN_FULFILMENT", ".indicator-value"), "95,0 %");
        browser.click(By.cssSelector(".breakdown-table tr[data-unit-id='" + DemoRegion.SCHOOL_7.id() + "'] .unit-link"));
        browser.waitForText(By.cssSelector(".dashboard-title"), DemoRegion.SCHOOL_7.name());
        // Pairs are for the curators who work with them, not for the regional institute.
        assertThat(browser.findAll(By.cssSelector(".pairs-drilldown"))).isEmpty();
        browser.click(By.cssSelector(".breadcrumb a[href*='/region/']"));
        browser.waitForText(By.cssSelector(".dashboard-title"), DemoRegion.REGION.name());
    }

    @Test
    void mentorsHaveNoDashboards(Browser browser) {
        browser.logIn(MENTOR);
        browser.waitFor(navigation("profile"));
        assertThat(browser.findAll(navigation("dashboard"))).isEmpty();
        // «Мониторинг» stays for a mentor, holding only their own diagnostics and surveys.
        assertThat(browser.findAll(navigation("roadmap"))).isEmpty();
        assertThat(browser.findAll(navigation("diagnostics"))).hasSize(1);
        browser.open(SCHOOL_PORTAL + "#/dashboard/organization/" + DemoRegion.SCHOOL_1.id());
        browser.waitUntil(d -> browser.path().endsWith("#/directory"));
    }

    private static By card(String code, String part) {
        return By.cssSelector(".indicator-card[data-code='" + code + "'] " + part);
    }

    private static String firstRowUnit(Browser browser) {
        List<WebElement> rows = browser.findAll(BREAKDOWN_ROWS);
        return rows.isEmpty() ? "" : String.valueOf(rows.get(0).getAttribute("data-unit-id"));
    }
}
