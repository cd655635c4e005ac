package ru.nastavnik.monitoring.infrastructure;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.nastavnik.events.AcademicYear;
import ru.nastavnik.monitoring.application.OrganizationResultsOutbox;
import ru.nastavnik.monitoring.domain.indicator.Indicator;
import ru.nastavnik.monitoring.domain.indicator.IndicatorFacts;
import ru.nastavnik.platform.security.Place;

@Repository
class JdbcIndicatorFacts implements IndicatorFacts {

    private final JdbcClient jdbc;
    private final OrganizationResultsOutbox results;

    JdbcIndicatorFacts(JdbcClient jdbc, OrganizationResultsOutbox results) {
        this.jdbc = jdbc;
        this.results = results;
    }

    @Override
    public void set(Place place, AcademicYear year, Indicator indicator, long numerator, long denominator) {
        requireOrganization(place);
        // A recomputation mostly finds the figures as they were: such a row is left alone (no update, no trigger on
        // the totals) and publishes nothing.
        int changed = jdbc.sql("""
                INSERT INTO indicator_fact (organization_id, municipality_id, region_id, academic_year, indicator,
                    numerator, denominator)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (organization_id, academic_year, indicator) DO UPDATE
                    SET numerator = excluded.numerator, denominator = excluded.denominator
                    WHERE (indicator_fact.numerator, indicator_fact.denominator)
                        IS DISTINCT FROM (excluded.numerator, excluded.denominator)
                """)
                .params(place.organizationId(), place.municipalityId(), place.regionId(), year.startYear(),
                        indicator.name(), numerator, denominator)
                .update();
        if (changed > 0) {
            results.changed(place, year);
        }
    }

    @Override
    public void add(Place place, AcademicYear year, Indicator indicator, long numeratorDelta, long denominatorDelta) {
        requireOrganization(place);
        jdbc.sql("""
                INSERT INTO indicator_fact (organization_id, municipality_id, region_id, academic_year, indicator,
                    numerator, denominator)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (organization_id, academic_year, indicator) DO UPDATE
                    SET numerator = indicator_fact.numerator + excluded.numerator,
                        denominator = indicator_fact.denominator + excluded.denominator
                """)
                .params(place.organizationId(), place.municipalityId(), place.regionId(), year.startYear(),
                        indicator.name(), numeratorDelta, denominatorDelta)
                .update();
        // A new row at zero is a change too: a count indicator turns from «no data» to 0.
        results.changed(place, year);
    }

    @Override
    public void lockMunicipalities(Collection<UUID> municipalityIds) {
        // Transaction-scoped advisory locks, taken in ascending key order so that no two writers wait on each other.
        municipalityIds.stream()
                .map(id -> id.getMostSignificantBits() ^ id.getLeastSignificantBits())
                .distinct()
                .sorted()
                .forEach(key -> jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(key).query().listOfRows());
    }

    @Override
    public void clear(Set<Indicator> indicators) {
        if (indicators.isEmpty()) {
            return;
        }
        jdbc.sql("DELETE FROM indicator_fact WHERE indicator IN (:indicators)")
                .param("indicators", indicators.stream().map(Indicator::name).toList()).update();
    }

    private static void requireOrganization(Place place) {
        Objects.requireNonNull(place.organizationId(), "organizationId");
        Objects.requireNonNull(place.municipalityId(), "municipalityId");
        Objects.requireNonNull(place.regionId(), "regionId");
    }
}
