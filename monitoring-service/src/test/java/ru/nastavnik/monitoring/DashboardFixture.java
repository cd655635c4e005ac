package ru.nastavnik.monitoring;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import ru.nastavnik.events.AcademicYear;
import ru.nastavnik.monitoring.domain.directory.UnitDirectory;
import ru.nastavnik.monitoring.domain.indicator.Indicator;
import ru.nastavnik.monitoring.domain.indicator.IndicatorFacts;
import ru.nastavnik.platform.security.Place;
import ru.nastavnik.platform.testkit.TestTokens;

/**
 * A small region of its own per test class, written through the real directory and facts beans: municipality «Северный
 * район» with organizations A, B and D (D without facts), municipality «Южный район» with organization C.
 *
 * <pre>
 * 2025/2026           A            B            C
 * PLAN_FULFILMENT     45/50 90.0   10/20 50.0   19/20 95.0
 * MENTORS_SHARE       2/40  5.0    1/60  1.7    —
 * PARTICIPANTS_PAIRS  9/10  90.0   10/10 100.0  —
 * PRACTICES_PUBLISHED 3            0            —
 * earlier PLAN of A: 2024/2025 30/50 60.0, 2023/2024 20/50 40.0, 2019/2020 1/1 (beyond the four-year trend)
 * </pre>
 */
final class DashboardFixture {

    final UUID region = UUID.randomUUID();
    final UUID north = UUID.randomUUID();
    final UUID south = UUID.randomUUID();
    final UUID a = UUID.randomUUID();
    final UUID b = UUID.randomUUID();
    final UUID c = UUID.randomUUID();
    final UUID d = UUID.randomUUID();
    final String regionName = "Тестовый край " + region.toString().substring(0, 8);

    DashboardFixture(UnitDirectory directory, IndicatorFacts facts) {
        directory.organizationRegistered(a, "МБОУ СОШ № 1 «Альфа»", "SCHOOL", north, "Северный район", region, regionName);
        directory.organizationRegistered(b, "МБОУ СОШ № 2 «Бета»", "SCHOOL", north, "Северный район", region, regionName);
        directory.organizationRegistered(d, "МБДОУ детский сад № 4 «Дельта»", "KINDERGARTEN", north, "Северный район", region,
                regionName);
        directory.organizationRegistered(c, "МБОУ СОШ № 3 «Гамма»", "SCHOOL", south, "Южный район", region, regionName);
        AcademicYear y2025 = new AcademicYear(2025);
        Place pa = new Place(region, north, a);
        Place pb = new Place(region, north, b);
        Place pc = new Place(region, south, c);
        facts.set(pa, y2025, Indicator.PLAN_FULFILMENT, 45, 50);
        facts.set(pa, y2025, Indicator.MENTORS_SHARE_OF_TEACHING_STAFF, 2, 40);
        facts.set(pa, y2025, Indicator.PARTICIPANTS_IN_PAIRS, 9, 10);
        facts.set(pa, y2025, Indicator.PRACTICES_PUBLISHED, 3, 0);
        facts.set(pb, y2025, Indicator.PLAN_FULFILMENT, 10, 20);
        facts.set(pb, y2025, Indicator.MENTORS_SHARE_OF_TEACHING_STAFF, 1, 60);
        facts.set(pb, y2025, Indicator.PARTICIPANTS_IN_PAIRS, 10, 10);
        facts.add(pb, y2025, Indicator.PRACTICES_PUBLISHED, 0, 0);
        facts.set(pc, y2025, Indicator.PLAN_FULFILMENT, 19, 20);
        facts.set(pa, new AcademicYear(2024), Indicator.PLAN_FULFILMENT, 30, 50);
        facts.set(pa, new AcademicYear(2023), Indicator.PLAN_FULFILMENT, 20, 50);
        facts.set(pa, new AcademicYear(2019), Indicator.PLAN_FULFILMENT, 1, 1);
    }

    String regionAdmin() {
        return token("REGION_ADMIN", region, null, List.of());
    }

    String municipalCurator(UUID municipality) {
        return token("MUNICIPAL_CURATOR", region, municipality, List.of());
    }

    String schoolCurator(UUID organization) {
        return token("SCHOOL_CURATOR", region, north, List.of(organization.toString()));
    }

    String mentor(UUID organization) {
        return token("MENTOR", region, north, List.of(organization.toString()));
    }

    static String token(String role, UUID region, UUID municipality, List<String> organizations) {
        return TestTokens.get().withClaims(Map.of("preferred_username", "dashboard." + role.toLowerCase(), "roles", List.of(role),
                "region_id", region.toString(), "municipality_id", municipality == null ? "" : municipality.toString(),
                "organization_ids", organizations));
    }
}
