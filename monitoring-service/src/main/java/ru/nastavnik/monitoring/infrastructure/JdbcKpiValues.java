package ru.nastavnik.monitoring.infrastructure;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.nastavnik.events.AcademicYear;
import ru.nastavnik.monitoring.domain.indicator.Indicator;
import ru.nastavnik.monitoring.domain.roadmap.KpiValues;
import ru.nastavnik.monitoring.domain.roadmap.OwnerLevel;

@Repository
class JdbcKpiValues implements KpiValues {

    private final JdbcClient jdbc;

    JdbcKpiValues(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Figure> current(OwnerLevel level, UUID ownerId, AcademicYear year, Indicator indicator) {
        String column = switch (level) {
            case ORGANIZATION -> "organization_id";
            case MUNICIPALITY -> "municipality_id";
            case REGION -> "region_id";
        };
        return jdbc.sql("SELECT sum(numerator), sum(denominator), count(*) FROM indicator_fact WHERE " + column
                + " = ? AND academic_year = ? AND indicator = ?")
                .params(ownerId, year.startYear(), indicator.name())
                .query((rs, n) -> rs.getLong(3) == 0 ? null : new Figure(rs.getLong(1), rs.getLong(2)))
                .optional();
    }
}
