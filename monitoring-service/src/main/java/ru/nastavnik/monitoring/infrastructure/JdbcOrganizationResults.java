package ru.nastavnik.monitoring.infrastructure;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.nastavnik.events.AcademicYear;
import ru.nastavnik.monitoring.domain.dashboard.Sums;
import ru.nastavnik.monitoring.domain.indicator.Indicator;
import ru.nastavnik.monitoring.domain.indicator.OrganizationResults;

/** One statement for all the keys of a transaction each way; the keys travel as two parallel arrays. */
@Repository
class JdbcOrganizationResults implements OrganizationResults {

    private static final Comparator<Key> ORDER = Comparator.comparing(Key::organizationId)
            .thenComparing(Key::year);

    private final JdbcClient jdbc;

    JdbcOrganizationResults(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Key, Long> nextVersions(List<Key> keys) {
        Map<Key, Long> versions = new HashMap<>();
        if (keys.isEmpty()) {
            return versions;
        }
        List<Key> sorted = keys.stream().distinct().sorted(ORDER).toList();
        // Rows are upserted (and locked) in the sorted order of the input.
        jdbc.sql("""
                INSERT INTO organization_results_version AS v (organization_id, academic_year, version)
                SELECT k.o, k.y, 1 FROM unnest(?::uuid[], ?::int[]) WITH ORDINALITY AS k(o, y, n) ORDER BY k.n
                ON CONFLICT (organization_id, academic_year) DO UPDATE SET version = v.version + 1
                RETURNING organization_id, academic_year, version
                """)
                .params(organizations(sorted), years(sorted))
                .query((rs, n) -> versions.put(new Key(rs.getObject(1, UUID.class), new AcademicYear(rs.getInt(2))),
                        rs.getLong(3)))
                .list();
        return versions;
    }

    @Override
    public Map<Key, Map<Indicator, Sums>> facts(List<Key> keys) {
        Map<Key, Map<Indicator, Sums>> facts = new HashMap<>();
        keys.forEach(key -> facts.put(key, new EnumMap<>(Indicator.class)));
        if (keys.isEmpty()) {
            return facts;
        }
        jdbc.sql("""
                SELECT f.organization_id, f.academic_year, f.indicator, f.numerator, f.denominator
                FROM indicator_fact f JOIN unnest(?::uuid[], ?::int[]) AS k(o, y)
                  ON f.organization_id = k.o AND f.academic_year = k.y
                """)
                .params(organizations(keys), years(keys))
                .query((rs, n) -> {
                    Map<Indicator, Sums> of = facts.get(new Key(rs.getObject(1, UUID.class), new AcademicYear(rs.getInt(2))));
                    if (of != null) {
                        of.put(Indicator.valueOf(rs.getString(3)), new Sums(rs.getLong(4), rs.getLong(5), 1));
                    }
                    return null;
                }).list();
        return facts;
    }

    private static String[] organizations(List<Key> keys) {
        return keys.stream().map(key -> key.organizationId().toString()).toArray(String[]::new);
    }

    private static Integer[] years(List<Key> keys) {
        return keys.stream().map(key -> key.year().startYear()).toArray(Integer[]::new);
    }
}
