package ru.nastavnik.monitoring.infrastructure;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.nastavnik.events.AcademicYear;
import ru.nastavnik.monitoring.domain.dashboard.Sums;
import ru.nastavnik.monitoring.domain.indicator.Indicator;
import ru.nastavnik.monitoring.domain.indicator.OrganizationResults;

@Repository
class JdbcOrganizationResults implements OrganizationResults {

    private final JdbcClient jdbc;

    JdbcOrganizationResults(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long nextVersion(UUID organizationId, AcademicYear year) {
        return jdbc.sql("""
                INSERT INTO organization_results_version AS v (organization_id, academic_year, version) VALUES (?, ?, 1)
                ON CONFLICT (organization_id, academic_year) DO UPDATE SET version = v.version + 1
                RETURNING version
                """)
                .params(organizationId, year.startYear())
                .query(Long.class).single();
    }

    @Override
    public Map<Indicator, Sums> facts(UUID organizationId, AcademicYear year) {
        Map<Indicator, Sums> facts = new EnumMap<>(Indicator.class);
        jdbc.sql("SELECT indicator, numerator, denominator FROM indicator_fact WHERE organization_id = ? AND academic_year = ?")
                .params(organizationId, year.startYear())
                .query((rs, n) -> {
                    facts.put(Indicator.valueOf(rs.getString(1)), new Sums(rs.getLong(2), rs.getLong(3), 1));
                    return null;
                }).list();
        return facts;
    }
}
