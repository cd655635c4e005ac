package ru.nastavnik.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import ru.nastavnik.events.AcademicYear;
import ru.nastavnik.monitoring.domain.directory.UnitDirectory;
import ru.nastavnik.monitoring.domain.indicator.IndicatorFacts;
import ru.nastavnik.platform.testkit.RealInfrastructure;
import ru.nastavnik.platform.testkit.TestHttp;
import tools.jackson.databind.JsonNode;

/**
 * The dashboards of an organization, a municipality and a region computed from facts written through the real
 * projection store: values against targets, statuses, the trend across years, the breakdown and its sorting, and who
 * may see what.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class DashboardApiTest {

    @LocalServerPort
    int port;

    @Autowired
    UnitDirectory directory;

    @Autowired
    IndicatorFacts facts;

    DashboardFixture region;

    @BeforeEach
    void aRegionWithFacts() {
        region = new DashboardFixture(directory, facts);
    }

    @Test
    void organizationDashboardShowsValuesTargetsStatusesAndTrend() {
        JsonNode dashboard = ok("/api/monitoring/dashboard?level=ORGANIZATION&id=" + region.a + "&year=2025",
                region.schoolCurator(region.a));

        assertThat(dashboard.get("level").asString()).isEqualTo("ORGANIZATION");
        assertThat(dashboard.get("name").asString()).isEqualTo("МБОУ СОШ № 1 «Альфа»");
        assertThat(dashboard.get("academicYear").asString()).isEqualTo("2025/2026");
        assertThat(dashboard.get("indicators")).hasSize(8);
        assertThat(dashboard.get("parents").get(0).get("name").asString()).isEqualTo("Северный район");
        assertThat(dashboard.get("parents").get(1).get("name").asString()).isEqualTo(region.regionName);

        JsonNode plan = indicator(dashboard, "PLAN_FULFILMENT");
        assertThat(plan.get("title").asString()).isEqualTo("Выполнение индивидуальных планов");
        assertThat(plan.get("kind").asString()).isEqualTo("SHARE");
        assertThat(plan.get("target").decimalValue()).isEqualByComparingTo("90");
        assertThat(plan.get("numerator").asLong()).isEqualTo(45);
        assertThat(plan.get("denominator").asLong()).isEqualTo(50);
        assertThat(plan.get("value").decimalValue()).isEqualByComparingTo("90.0");
        assertThat(plan.get("status").asString()).isEqualTo("MET");
        // Four years back at most (2021/2022 on), oldest first, only years with data: 2019 is out of reach.
        assertThat(plan.get("trend")).hasSize(2);
        assertThat(plan.get("trend").get(0).get("academicYear").asString()).isEqualTo("2023/2024");
        assertThat(plan.get("trend").get(0).get("value").decimalValue()).isEqualByComparingTo("40.0");
        assertThat(plan.get("trend").get(1).get("academicYear").asString()).isEqualTo("2024/2025");
        assertThat(plan.get("trend").get(1).get("value").decimalValue()).isEqualByComparingTo("60.0");

        JsonNode pairs = indicator(dashboard, "PARTICIPANTS_IN_PAIRS");
        assertThat(pairs.get("value").decimalValue()).isEqualByComparingTo("90.0");
        assertThat(pairs.get("status").asString()).isEqualTo("BELOW");

        JsonNode practices = indicator(dashboard, "PRACTICES_PUBLISHED");
        assertThat(practices.get("kind").asString()).isEqualTo("COUNT");
        assertThat(practices.get("value").decimalValue()).isEqualByComparingTo("3");
        assertThat(practices.get("target").decimalValue()).isEqualByComparingTo("2");
        assertThat(practices.get("status").asString()).isEqualTo("MET");

        JsonNode feedback = indicator(dashboard, "FEEDBACK_AFTER_MEETINGS");
        assertThat(feedback.get("status").asString()).isEqualTo("NO_DATA");
        assertThat(feedback.get("value").isNull()).isTrue();
        assertThat(feedback.get("trend")).isEmpty();
    }

    @Test
    void municipalAndRegionalDashboardsAddUpTheirOrganizations() {
        JsonNode municipality = ok("/api/monitoring/dashboard?level=MUNICIPALITY&id=" + region.north + "&year=2025",
                region.municipalCurator(region.north));
        assertThat(municipality.get("name").asString()).isEqualTo("Северный район");
        JsonNode plan = indicator(municipality, "PLAN_FULFILMENT");
        assertThat(plan.get("numerator").asLong()).isEqualTo(55);
        assertThat(plan.get("denominator").asLong()).isEqualTo(70);
        assertThat(plan.get("value").decimalValue()).isEqualByComparingTo("78.6");
        assertThat(plan.get("status").asString()).isEqualTo("BELOW");
        assertThat(indicator(municipality, "MENTORS_SHARE_OF_TEACHING_STAFF").get("value").decimalValue())
                .isEqualByComparingTo("3.0");
        assertThat(indicator(municipality, "PARTICIPANTS_IN_PAIRS").get("value").decimalValue()).isEqualByComparingTo("95.0");
        assertThat(indicator(municipality, "PRACTICES_PUBLISHED").get("value").decimalValue()).isEqualByComparingTo("3");

        JsonNode regional = ok("/api/monitoring/dashboard?level=REGION&id=" + region.region + "&year=2025", region.regionAdmin());
        assertThat(regional.get("name").asString()).isEqualTo(region.regionName);
        assertThat(regional.get("parents")).isEmpty();
        JsonNode regionalPlan = indicator(regional, "PLAN_FULFILMENT");
        assertThat(regionalPlan.get("numerator").asLong()).isEqualTo(74);
        assertThat(regionalPlan.get("denominator").asLong()).isEqualTo(90);
        assertThat(regionalPlan.get("value").decimalValue()).isEqualByComparingTo("82.2");
        assertThat(regionalPlan.get("trend").get(1).get("value").decimalValue()).isEqualByComparingTo("60.0");
        // No personal data: units and numbers only.
        assertThat(regional.toString()).doesNotContain("fullName", "personId");
    }

    @Test
    void municipalAndRegionalFiguresFollowFactsAsProjectionsReplaceAndAdjustThem() {
        ru.nastavnik.platform.security.Place betaPlace = new ru.nastavnik.platform.security.Place(region.region, region.north, region.b);
        facts.set(betaPlace, new AcademicYear(2025), ru.nastavnik.monitoring.domain.indicator.Indicator.PLAN_FULFILMENT, 19, 20);
        facts.add(betaPlace, new AcademicYear(2025), ru.nastavnik.monitoring.domain.indicator.Indicator.PRACTICES_PUBLISHED, 2, 0);

        JsonNode municipality = ok("/api/monitoring/dashboard?level=MUNICIPALITY&id=" + region.north + "&year=2025",
                region.municipalCurator(region.north));
        assertThat(indicator(municipality, "PLAN_FULFILMENT").get("numerator").asLong()).isEqualTo(64);
        assertThat(indicator(municipality, "PLAN_FULFILMENT").get("value").decimalValue()).isEqualByComparingTo("91.4");
        assertThat(indicator(municipality, "PLAN_FULFILMENT").get("status").asString()).isEqualTo("MET");
        assertThat(indicator(municipality, "PRACTICES_PUBLISHED").get("value").decimalValue()).isEqualByComparingTo("5");

        JsonNode breakdown = ok("/api/monitoring/dashboard/breakdown?level=REGION&id=" + region.region + "&year=2025",
                region.regionAdmin());
        assertThat(below(breakdown, "PLAN_FULFILMENT")).isZero();
        assertThat(below(breakdown, "PRACTICES_PUBLISHED")).isZero();
        assertThat(below(breakdown, "MENTORS_SHARE_OF_TEACHING_STAFF")).isEqualTo(1);
    }

    @Test
    void aYearWithoutFactsHasNoDataAndTheCurrentYearIsTheDefault() {
        JsonNode empty = ok("/api/monitoring/dashboard?level=REGION&id=" + region.region + "&year=2030", region.regionAdmin());
        assertThat(empty.get("academicYear").asString()).isEqualTo("2030/2031");
        empty.get("indicators").forEach(i -> assertThat(i.get("status").asString()).isEqualTo("NO_DATA"));

        JsonNode current = ok("/api/monitoring/dashboard?level=REGION&id=" + region.region, region.regionAdmin());
        assertThat(current.get("academicYear").asString())
                .isEqualTo(AcademicYear.of(LocalDate.now(ZoneId.of("Europe/Moscow"))).toString());

        JsonNode written = ok("/api/monitoring/dashboard?level=REGION&id=" + region.region + "&year=2025/2026",
                region.regionAdmin());
        assertThat(indicator(written, "PLAN_FULFILMENT").get("value").decimalValue()).isEqualByComparingTo("82.2");
    }

    @Test
    void municipalBreakdownListsOrganizationsSortedByAnIndicatorWithoutDataLast() {
        String base = "/api/monitoring/dashboard/breakdown?level=MUNICIPALITY&id=" + region.north + "&year=2025";
        JsonNode ascending = ok(base + "&sort=PLAN_FULFILMENT&order=asc", region.municipalCurator(region.north));
        assertThat(ascending.get("childLevel").asString()).isEqualTo("ORGANIZATION");
        assertThat(names(ascending)).containsExactly("МБОУ СОШ № 2 «Бета»", "МБОУ СОШ № 1 «Альфа»",
                "МБДОУ детский сад № 4 «Дельта»");
        JsonNode descending = ok(base + "&sort=PLAN_FULFILMENT&order=desc", region.municipalCurator(region.north));
        assertThat(names(descending)).containsExactly("МБОУ СОШ № 1 «Альфа»", "МБОУ СОШ № 2 «Бета»",
                "МБДОУ детский сад № 4 «Дельта»");

        JsonNode beta = ascending.get("units").get(0);
        assertThat(beta.get("id").asString()).isEqualTo(region.b.toString());
        JsonNode betaPlan = figure(beta, "PLAN_FULFILMENT");
        assertThat(betaPlan.get("value").decimalValue()).isEqualByComparingTo("50.0");
        assertThat(betaPlan.get("status").asString()).isEqualTo("BELOW");
        assertThat(figure(beta, "MENTORS_SHARE_OF_TEACHING_STAFF").get("value").decimalValue()).isEqualByComparingTo("1.7");
        assertThat(figure(beta, "PRACTICES_PUBLISHED").get("status").asString()).isEqualTo("BELOW");
        assertThat(figure(ascending.get("units").get(2), "PLAN_FULFILMENT").get("status").asString()).isEqualTo("NO_DATA");

        assertThat(below(ascending, "PLAN_FULFILMENT")).isEqualTo(1);
        assertThat(below(ascending, "MENTORS_SHARE_OF_TEACHING_STAFF")).isEqualTo(1);
        assertThat(below(ascending, "PARTICIPANTS_IN_PAIRS")).isEqualTo(1);
        assertThat(below(ascending, "PRACTICES_PUBLISHED")).isEqualTo(1);
        assertThat(below(ascending, "FEEDBACK_AFTER_MEETINGS")).isZero();
    }

    @Test
    void regionalBreakdownListsMunicipalitiesAndCountsOrganizationsBelowTarget() {
        JsonNode breakdown = ok("/api/monitoring/dashboard/breakdown?level=REGION&id=" + region.region
                + "&year=2025&sort=PLAN_FULFILMENT&order=desc", region.regionAdmin());
        assertThat(breakdown.get("childLevel").asString()).isEqualTo("MUNICIPALITY");
        assertThat(names(breakdown)).containsExactly("Южный район", "Северный район");
        assertThat(figure(breakdown.get("units").get(1), "PLAN_FULFILMENT").get("value").decimalValue())
                .isEqualByComparingTo("78.6");
        assertThat(below(breakdown, "PLAN_FULFILMENT")).isEqualTo(1);

        JsonNode byName = ok("/api/monitoring/dashboard/breakdown?level=REGION&id=" + region.region + "&year=2025",
                region.regionAdmin());
        assertThat(names(byName)).containsExactly("Северный район", "Южный район");
    }

    @Test
    void eachCuratorSeesOnlyTheirPlaceAndMentorsSeeNoDashboards() {
        String dashboard = "/api/monitoring/dashboard?year=2025&level=";
        assertThat(status(dashboard + "MUNICIPALITY&id=" + region.north, region.municipalCurator(region.south))).isEqualTo(403);
        assertThat(status(dashboard + "ORGANIZATION&id=" + region.a, region.municipalCurator(region.south))).isEqualTo(403);
        assertThat(status(dashboard + "REGION&id=" + region.region, region.municipalCurator(region.north))).isEqualTo(403);
        assertThat(status(dashboard + "ORGANIZATION&id=" + region.a, region.municipalCurator(region.north))).isEqualTo(200);
        assertThat(status(dashboard + "ORGANIZATION&id=" + region.b, region.schoolCurator(region.a))).isEqualTo(403);
        assertThat(status(dashboard + "MUNICIPALITY&id=" + region.north, region.schoolCurator(region.a))).isEqualTo(403);
        assertThat(status(dashboard + "ORGANIZATION&id=" + region.a, region.mentor(region.a))).isEqualTo(403);
        assertThat(status("/api/monitoring/dashboard/breakdown?year=2025&level=MUNICIPALITY&id=" + region.north,
                region.municipalCurator(region.south))).isEqualTo(403);
        String foreignAdmin = DashboardFixture.token("REGION_ADMIN", UUID.randomUUID(), null, List.of());
        assertThat(status(dashboard + "REGION&id=" + region.region, foreignAdmin)).isEqualTo(403);
        assertThat(status(dashboard + "REGION&id=" + region.region, null)).isEqualTo(401);
        HttpResponse<String> refused = get(dashboard + "ORGANIZATION&id=" + region.a, region.mentor(region.a));
        assertThat(TestHttp.code(refused, 403)).isEqualTo("FORBIDDEN");
    }

    @Test
    void badInputIsAProblemWithAStableCode() {
        String admin = region.regionAdmin();
        assertThat(code("/api/monitoring/dashboard?level=CITY&id=" + region.region, admin, 400)).isEqualTo("LEVEL_UNKNOWN");
        assertThat(code("/api/monitoring/dashboard?id=" + region.region, admin, 400)).isEqualTo("LEVEL_REQUIRED");
        assertThat(code("/api/monitoring/dashboard?level=REGION&id=42", admin, 400)).isEqualTo("UNIT_ID_MALFORMED");
        assertThat(code("/api/monitoring/dashboard?level=REGION", admin, 400)).isEqualTo("UNIT_ID_REQUIRED");
        assertThat(code("/api/monitoring/dashboard?level=REGION&year=20x5&id=" + region.region, admin, 400))
                .isEqualTo("YEAR_MALFORMED");
        assertThat(code("/api/monitoring/dashboard?level=REGION&year=2025/2027&id=" + region.region, admin, 400))
                .isEqualTo("YEAR_MALFORMED");
        assertThat(code("/api/monitoring/dashboard?level=ORGANIZATION&id=" + UUID.randomUUID(), admin, 404))
                .isEqualTo("UNIT_NOT_KNOWN");
        // A municipality's id asked for as a region is not a region.
        assertThat(code("/api/monitoring/dashboard?level=REGION&id=" + region.north, admin, 404)).isEqualTo("UNIT_NOT_KNOWN");
        assertThat(code("/api/monitoring/dashboard/breakdown?level=REGION&sort=SPEED&id=" + region.region, admin, 400))
                .isEqualTo("SORT_UNKNOWN");
        assertThat(code("/api/monitoring/dashboard/breakdown?level=REGION&order=up&id=" + region.region, admin, 400))
                .isEqualTo("ORDER_UNKNOWN");
        assertThat(code("/api/monitoring/dashboard/breakdown?level=ORGANIZATION&id=" + region.a, admin, 400))
                .isEqualTo("BREAKDOWN_NOT_AVAILABLE");
        HttpResponse<String> problem = get("/api/monitoring/dashboard?level=CITY&id=" + region.region, admin);
        assertThat(problem.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(TestHttp.read(problem, 400).get("detail").asString()).contains("Неизвестный уровень");
    }

    private JsonNode ok(String path, String token) {
        return TestHttp.read(get(path, token), 200);
    }

    private int status(String path, String token) {
        return get(path, token).statusCode();
    }

    private String code(String path, String token, int status) {
        return TestHttp.code(get(path, token), status);
    }

    private HttpResponse<String> get(String path, String token) {
        try {
            return TestHttp.send("http://localhost:" + port, "GET", path, null, token);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode indicator(JsonNode dashboard, String code) {
        for (JsonNode indicator : dashboard.get("indicators")) {
            if (indicator.get("code").asString().equals(code)) {
                return indicator;
            }
        }
        throw new AssertionError("No indicator " + code + " in " + dashboard);
    }

    private static JsonNode figure(JsonNode unit, String code) {
        return indicator(unit, code);
    }

    private static int below(JsonNode breakdown, String code) {
        for (JsonNode below : breakdown.get("organizationsBelowTarget")) {
            if (below.get("code").asString().equals(code)) {
                return below.get("organizations").asInt();
            }
        }
        throw new AssertionError("No count for " + code);
    }

    private static List<String> names(JsonNode breakdown) {
        List<String> names = new ArrayList<>();
        breakdown.get("units").forEach(u -> names.add(u.get("name").asString()));
        return names;
    }
}
