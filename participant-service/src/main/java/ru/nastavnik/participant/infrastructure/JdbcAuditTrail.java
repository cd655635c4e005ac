package ru.nastavnik.participant.infrastructure;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.nastavnik.participant.domain.AuditEntry;
import ru.nastavnik.participant.domain.AuditTrail;

@Repository
class JdbcAuditTrail implements AuditTrail {

    private static final RowMapper<AuditEntry> ROW = (rs, n) -> new AuditEntry(rs.getObject("id", UUID.class),
            rs.getTimestamp("at").toInstant(), rs.getString("actor"), rs.getString("actor_role"),
            rs.getObject("person_id", UUID.class), rs.getObject("organization_id", UUID.class),
            rs.getObject("municipality_id", UUID.class), rs.getObject("region_id", UUID.class),
            AuditEntry.Action.valueOf(rs.getString("action")));

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    JdbcAuditTrail(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    @Override
    public void record(List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        // In batches: an import or an export records thousands of entries in one transaction.
        batches.batchUpdate("""
                INSERT INTO personal_data_audit (id, at, actor, actor_role, person_id, organization_id,
                    municipality_id, region_id, action) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, entries, 1000, (ps, e) -> {
                    ps.setObject(1, e.id());
                    ps.setTimestamp(2, Timestamp.from(e.at()));
                    ps.setString(3, e.actor());
                    ps.setString(4, e.actorRole());
                    ps.setObject(5, e.personId());
                    ps.setObject(6, e.organizationId());
                    ps.setObject(7, e.municipalityId());
                    ps.setObject(8, e.regionId());
                    ps.setString(9, e.action().name());
                });
    }

    @Override
    public List<AuditEntry> ofOrganization(UUID organizationId, int limit) {
        return jdbc.sql("SELECT * FROM personal_data_audit WHERE organization_id = ? ORDER BY at DESC LIMIT ?")
                .params(organizationId, limit).query(ROW).list();
    }

    @Override
    public List<AuditEntry> ofRegion(UUID regionId, int limit) {
        return jdbc.sql("SELECT * FROM personal_data_audit WHERE region_id = ? ORDER BY at DESC LIMIT ?")
                .params(regionId, limit).query(ROW).list();
    }
}
