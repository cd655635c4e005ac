package ru.nastavnik.monitoring.infrastructure;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.nastavnik.monitoring.domain.diagnostic.DiagnosticRoster;
import ru.nastavnik.monitoring.domain.diagnostic.Respondent;
import ru.nastavnik.platform.security.Place;

@Repository
class JdbcDiagnosticRoster implements DiagnosticRoster {

    private final JdbcClient jdbc;

    JdbcDiagnosticRoster(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void put(UUID personId, Place place, Respondent respondent) {
        jdbc.sql("""
                INSERT INTO diagnostic_roster (person_id, organization_id, municipality_id, region_id, respondent)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (person_id) DO UPDATE SET organization_id = excluded.organization_id,
                    municipality_id = excluded.municipality_id, region_id = excluded.region_id,
                    respondent = excluded.respondent
                """)
                .params(personId, place.organizationId(), place.municipalityId(), place.regionId(), respondent.name())
                .update();
    }

    @Override
    public void remove(UUID personId) {
        jdbc.sql("DELETE FROM diagnostic_roster WHERE person_id = ?").param(personId).update();
    }

    @Override
    public List<UUID> of(UUID organizationId, Respondent respondent) {
        return jdbc.sql("SELECT person_id FROM diagnostic_roster WHERE organization_id = ? AND respondent = ? ORDER BY person_id")
                .params(organizationId, respondent.name()).query(UUID.class).list();
    }

    @Override
    public Optional<Place> placeOf(UUID organizationId) {
        return jdbc.sql("SELECT region_id, municipality_id FROM diagnostic_roster WHERE organization_id = ? LIMIT 1")
                .param(organizationId)
                .query((rs, row) -> new Place(rs.getObject("region_id", UUID.class),
                        rs.getObject("municipality_id", UUID.class), organizationId))
                .optional();
    }

    @Override
    public void clear() {
        jdbc.sql("TRUNCATE diagnostic_roster").update();
    }
}
