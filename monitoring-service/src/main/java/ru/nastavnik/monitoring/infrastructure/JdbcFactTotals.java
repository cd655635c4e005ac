package ru.nastavnik.monitoring.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.nastavnik.monitoring.domain.dashboard.FactTotals;
import ru.nastavnik.monitoring.domain.dashboard.Sums;
import ru.nastavnik.monitoring.domain.directory.Unit;
import ru.nastavnik.monitoring.domain.indicator.Indicator;

/**
 * Sums over {@code indicator_fact} in SQL, one statement per call: the rows of a region (3,000 organizations × 8
 * indicators a year) never travel to the service, only their sums do.
 */
@Repository
class JdbcFactTotals implements FactTotals {

    /** The targets as a relation, so the database can tell which organizations are below them. */
    private static final String TARGETS = Stream.of(Indicator.values())
            .map(i -> "('" + i.name() + "', '" + i.kind().name() + "', " + i.target().toPlainString() + ")")
            .collect(Collectors.joining(", ", "(VALUES ", ") AS t(code, kind, target)"));

    private final JdbcClient jdbc;

    JdbcFactTotals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Integer, Map<Indicator, Sums>> byYear(Unit unit, int fromYear, int toYear) {
        Map<Integer, Map<Indicator, Sums>> years = new HashMap<>();
        jdbc.sql("SELECT academic_year, indicator, sum(numerator) AS n, sum(denominator) AS d, count(*) AS c"
                + " FROM indicator_fact WHERE " + column(unit.level()) + " = ? AND academic_year BETWEEN ? AND ?"
                + " GROUP BY academic_year, indicator")
                .params(unit.id(), fromYear, toYear)
                .query(rs -> {
                    Optional<Indicator> indicator = indicator(rs.getString("indicator"));
                    if (indicator.isPresent()) {
                        years.computeIfAbsent(rs.getInt("academic_year"), y -> new EnumMap<>(Indicator.class))
                                .put(indicator.get(), sums(rs));
                    }
                });
        return years;
    }

    @Override
    public Map<UUID, Map<Indicator, Sums>> byChild(Unit unit, int year) {
        String child = switch (unit.level()) {
            case REGION -> "municipality_id";
            case MUNICIPALITY -> "organization_id";
            case ORGANIZATION -> throw new IllegalArgumentException("An organization has no child units");
        };
        Map<UUID, Map<Indicator, Sums>> children = new HashMap<>();
        jdbc.sql("SELECT " + child + " AS child, indicator, sum(numerator) AS n, sum(denominator) AS d, count(*) AS c"
                + " FROM indicator_fact WHERE " + column(unit.level()) + " = ? AND academic_year = ?"
                + " GROUP BY " + child + ", indicator")
                .params(unit.id(), year)
                .query(rs -> {
                    Optional<Indicator> indicator = indicator(rs.getString("indicator"));
                    if (indicator.isPresent()) {
                        children.computeIfAbsent(rs.getObject("child", UUID.class), c -> new EnumMap<>(Indicator.class))
                                .put(indicator.get(), sums(rs));
                    }
                });
        return children;
    }

    @Override
    public Map<Indicator, Integer> organizationsBelowTarget(Unit unit, int year) {
        Map<Indicator, Integer> below = new EnumMap<>(Indicator.class);
        jdbc.sql("SELECT f.indicator, count(*) AS below FROM indicator_fact f JOIN " + TARGETS + " ON t.code = f.indicator"
                + " WHERE f." + column(unit.level()) + " = ? AND f.academic_year = ?"
                + " AND ((t.kind = 'SHARE' AND f.denominator > 0 AND f.numerator * 100 < t.target * f.denominator)"
                + "   OR (t.kind = 'COUNT' AND f.numerator < t.target))"
                + " GROUP BY f.indicator")
                .params(unit.id(), year)
                .query(rs -> {
                    Optional<Indicator> indicator = indicator(rs.getString("indicator"));
                    if (indicator.isPresent()) {
                        below.put(indicator.get(), rs.getInt("below"));
                    }
                });
        return below;
    }

    private static Sums sums(ResultSet rs) throws SQLException {
        return new Sums(rs.getLong("n"), rs.getLong("d"), rs.getInt("c"));
    }

    private static String column(Unit.Level level) {
        return switch (level) {
            case REGION -> "region_id";
            case MUNICIPALITY -> "municipality_id";
            case ORGANIZATION -> "organization_id";
        };
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
