package ru.nastavnik.participant.infrastructure;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.nastavnik.events.participant.ConsentScope;
import ru.nastavnik.participant.domain.Consent;
import ru.nastavnik.participant.domain.Consents;
import ru.nastavnik.platform.jdbc.SqlArrays;

@Repository
class JdbcConsents implements Consents {

    private static final String COLUMNS = "id, person_id, scope, granted_on, document_reference, recorded_by, recorded_at, "
            + "withdrawn_on, withdrawal_recorded_by";

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    JdbcConsents(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    @Override
    public Map<UUID, Consent> activeOf(Collection<UUID> personIds, ConsentScope scope) {
        Map<UUID, Consent> found = new HashMap<>();
        if (personIds.isEmpty()) {
            return found;
        }
        jdbc.sql("SELECT " + COLUMNS + " FROM consent WHERE scope = ? AND withdrawn_on IS NULL AND person_id = ANY (?::uuid[])")
                .params(scope.name(), SqlArrays.literal(personIds))
                .query(JdbcConsents::consent).list().forEach(c -> found.put(c.personId(), c));
        return found;
    }

    @Override
    public void addAll(List<Consent> consents) {
        batches.batchUpdate("INSERT INTO consent (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", consents, 1000,
                (ps, c) -> {
                    ps.setObject(1, c.id());
                    ps.setObject(2, c.personId());
                    ps.setString(3, c.scope().name());
                    ps.setDate(4, Date.valueOf(c.grantedOn()));
                    ps.setString(5, c.documentReference());
                    ps.setString(6, c.recordedBy());
                    ps.setTimestamp(7, Timestamp.from(c.recordedAt()));
                    ps.setDate(8, c.withdrawnOn() == null ? null : Date.valueOf(c.withdrawnOn()));
                    ps.setString(9, c.withdrawalRecordedBy());
                });
    }

    @Override
    public List<Consent> of(UUID personId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM consent WHERE person_id = ? ORDER BY granted_on, recorded_at")
                .param(personId).query(JdbcConsents::consent).list();
    }

    @Override
    public Optional<Consent> active(UUID personId, ConsentScope scope) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM consent WHERE person_id = ? AND scope = ? AND withdrawn_on IS NULL")
                .params(personId, scope.name()).query(JdbcConsents::consent).optional();
    }

    @Override
    public boolean add(Consent c) {
        // ON CONFLICT keeps the transaction usable when a concurrent request recorded the same consent.
        return jdbc.sql("INSERT INTO consent (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
                .params(c.id(), c.personId(), c.scope().name(), Date.valueOf(c.grantedOn()), c.documentReference(),
                        c.recordedBy(), Timestamp.from(c.recordedAt()),
                        c.withdrawnOn() == null ? null : Date.valueOf(c.withdrawnOn()), c.withdrawalRecordedBy())
                .update() == 1;
    }

    @Override
    public boolean withdraw(UUID consentId, LocalDate withdrawnOn, String recordedBy) {
        return jdbc.sql("UPDATE consent SET withdrawn_on = ?, withdrawal_recorded_by = ? WHERE id = ? AND withdrawn_on IS NULL")
                .params(Date.valueOf(withdrawnOn), recordedBy, consentId).update() == 1;
    }

    @Override
    public void eraseDocuments(UUID personId) {
        jdbc.sql("UPDATE consent SET document_reference = NULL WHERE person_id = ?").param(personId).update();
    }

    private static Consent consent(ResultSet rs, int row) throws SQLException {
        Date withdrawn = rs.getDate("withdrawn_on");
        return new Consent(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
                ConsentScope.valueOf(rs.getString("scope")), rs.getDate("granted_on").toLocalDate(),
                rs.getString("document_reference"), rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant(),
                withdrawn == null ? null : withdrawn.toLocalDate(), rs.getString("withdrawal_recorded_by"));
    }
}
