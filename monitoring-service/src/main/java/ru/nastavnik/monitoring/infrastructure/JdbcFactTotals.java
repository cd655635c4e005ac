package ru.nastavnik.monitoring.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.nastavnik.monitoring.domain.dashboard.ChildTotals;
import ru.nastavnik.monitoring.domain.dashboard.FactTotals;
import ru.nastavnik.monitoring.domain.dashboard.Sums;
import ru.nastavnik.monitoring.domain.directory.Unit;
import ru.nastavnik.monitoring.domain.indicator.Indicator;

/**
 * Dashboard sums in one statement per call: an organization's facts, a municipality's organizations, and for
 * municipalities and the region the totals V8's trigger keeps per municipality, so a region of 3,000 organizations
 * costs 40 rows a year and indicator rather than 3,000.
 */
@Repository
class JdbcFactTotals implements FactTotals {

    private final JdbcClient jdbc;

    JdbcFactTotals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Integer, Map<Indicator, Sums>> byYear(Unit unit, int fromYear, int toYear) {
        // An organization's own facts; a municipality's or a region's kept totals (V8), at most 40 rows a year and indicator.
        String sql = switch (unit.level()) {
            case ORGANIZATION -> "SELECT academic_year, indicator, numerator AS n, denominator AS d, 1 AS c"
                    + " FROM indicator_fact WHERE organization_id = ? AND academic_year BETWEEN ? AND ?";
            case MUNICIPALITY -> "SELECT academic_year, indicator, numerator AS n, denominator AS d, organizations AS c"
                    + " FROM indicator_total WHERE municipality_id = ? AND academic_year BETWEEN ? AND ?";
            case REGION -> "SELECT academic_year, indicator, sum(numerator) AS n, sum(denominator) AS d,"
                    + " sum(organizations) AS c FROM indicator_total WHERE region_id = ? AND academic_year BETWEEN ? AND ?"
                    + " GROUP BY academic_year, indicator";
        };
        Map<Integer, Map<Indicator, Sums>> years = new HashMap<>();
        jdbc.sql(sql).params(unit.id(), fromYear, toYear).query(rs -> {
            Optional<Indicator> indicator = indicator(rs.getString("indicator"));
            if (indicator.isPresent()) {
                years.computeIfAbsent(rs.getInt("academic_year"), y -> new EnumMap<>(Indicator.class))
                        .put(indicator.get(), sums(rs));
            }
        });
        return years;
    }

    @Override
    public ChildTotals byChild(Unit unit, int year) {
        String sql = switch (unit.level()) {
            case REGION -> "SELECT municipality_id AS child, indicator, numerator AS n, denominator AS d,"
                    + " organizations AS c, below_target AS below"
                    + " FROM indicator_total WHERE region_id = ? AND academic_year = ?";
            case MUNICIPALITY -> "SELECT f.organization_id AS child, f.indicator, f.numerator AS n, f.denominator AS d, 1 AS c,"
                    + " CASE WHEN t.kind = 'SHARE' THEN (f.denominator > 0 AND f.numerator * 100 < t.target * f.denominator)::int"
                    + " WHEN t.kind = 'COUNT' THEN (f.numerator < t.target)::int ELSE 0 END AS below"
                    + " FROM indicator_fact f LEFT JOIN indicator_target t ON t.indicator = f.indicator"
                    + " WHERE f.municipality_id = ? AND f.academic_year = ?";
            case ORGANIZATION -> throw new IllegalArgumentException("An organization has no child units");
        };
        Map<UUID, Map<Indicator, Sums>> children = new HashMap<>();
        Map<Indicator, Integer> below = new EnumMap<>(Indicator.class);
        jdbc.sql(sql).params(unit.id(), year).query(rs -> {
            Optional<Indicator> indicator = indicator(rs.getString("indicator"));
            if (indicator.isPresent()) {
                children.computeIfAbsent(rs.getObject("child", UUID.class), c -> new EnumMap<>(Indicator.class))
                        .put(indicator.get(), sums(rs));
                below.merge(indicator.get(), rs.getInt("below"), Integer::sum);
            }
        });
        return new ChildTotals(children, below);
    }

    private static Sums sums(ResultSet rs) throws SQLException {
        return new Sums(rs.getLong("n"), rs.getLong("d"), rs.getInt("c"));
    }

    /** A code another version of the catalogue wrote is skipped rather than failing the dashboard. */
    private static Optional<Indicator> indicator(String code) {
        try {
            return Optional.of(Indicator.valueOf(code));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
