package ru.nastavnik.pairing.infrastructure;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.nastavnik.events.pairing.PairChangeReason;
import ru.nastavnik.pairing.domain.PairChanges;
import ru.nastavnik.pairing.domain.PairConsent;

@Repository
class JdbcPairChanges implements PairChanges {

    private final JdbcClient jdbc;

    JdbcPairChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<PairConsent> consents(UUID pairId) {
        return jdbc.sql("""
                SELECT participant_id, signed_on, document_ref, recorded_by, recorded_at FROM pair_consent
                WHERE pair_id = ? ORDER BY recorded_at, participant_id""").param(pairId)
                .query((rs, n) -> new PairConsent(rs.getObject("participant_id", UUID.class),
                        rs.getDate("signed_on").toLocalDate(), rs.getString("document_ref"), rs.getString("recorded_by"),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    @Override
    public void recordConsent(UUID pairId, PairConsent consent) {
        jdbc.sql("""
                INSERT INTO pair_consent (pair_id, participant_id, signed_on, document_ref, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (pair_id, participant_id) DO UPDATE SET signed_on = EXCLUDED.signed_on,
                    document_ref = EXCLUDED.document_ref, recorded_by = EXCLUDED.recorded_by,
                    recorded_at = EXCLUDED.recorded_at""")
                .params(pairId, consent.participantId(), Date.valueOf(consent.signedOn()), consent.documentRef(),
                        consent.recordedBy(), Timestamp.from(consent.recordedAt()))
                .update();
    }

    @Override
    public boolean bumpVersion(UUID pairId, int expectedVersion) {
        return jdbc.sql("UPDATE mentoring_pair SET version = version + 1 WHERE id = ? AND version = ?")
                .params(pairId, expectedVersion).update() == 1;
    }

    @Override
    public void complete(UUID pairId) {
        jdbc.sql("UPDATE mentoring_pair SET status = 'COMPLETED', version = version + 1 WHERE id = ? AND status = 'ACTIVE'")
                .param(pairId).update();
    }

    @Override
    public void dissolve(UUID pairId, Dissolution dissolution) {
        jdbc.sql("""
                UPDATE mentoring_pair SET status = 'DISSOLVED', dissolved_on = ?, dissolution_reason = ?,
                    dissolution_note = ?, dissolved_by = ? WHERE id = ?""")
                .params(Date.valueOf(dissolution.dissolvedOn()), dissolution.reason().name(), dissolution.note(),
                        dissolution.dissolvedBy(), pairId)
                .update();
    }

    @Override
    public Optional<Dissolution> dissolution(UUID pairId) {
        return jdbc.sql("""
                SELECT dissolved_on, dissolution_reason, dissolution_note, dissolved_by FROM mentoring_pair
                WHERE id = ? AND dissolved_on IS NOT NULL""").param(pairId)
                .query((rs, n) -> new Dissolution(rs.getDate("dissolved_on").toLocalDate(),
                        PairChangeReason.valueOf(rs.getString("dissolution_reason")), rs.getString("dissolution_note"),
                        rs.getString("dissolved_by")))
                .optional();
    }

    @Override
    public boolean everMember(UUID pairId, UUID menteeId) {
        return jdbc.sql("SELECT count(*) FROM pair_member WHERE pair_id = ? AND mentee_id = ?").params(pairId, menteeId)
                .query(Long.class).single() > 0;
    }

    @Override
    public void replaceMentee(UUID pairId, UUID leaving, UUID joining, LocalDate on, PairChangeReason reason, String by) {
        jdbc.sql("""
                UPDATE pair_member SET left_on = ?, leave_reason = ?, changed_by = ?
                WHERE pair_id = ? AND mentee_id = ? AND left_on IS NULL""")
                .params(Date.valueOf(on), reason.name(), by, pairId, leaving).update();
        jdbc.sql("INSERT INTO pair_member (pair_id, mentee_id, joined_on, changed_by) VALUES (?, ?, ?, ?)")
                .params(pairId, joining, Date.valueOf(on), by).update();
        jdbc.sql("DELETE FROM pair_consent WHERE pair_id = ? AND participant_id = ?").params(pairId, leaving).update();
    }

    @Override
    public boolean everMentor(UUID pairId, UUID mentorId) {
        return jdbc.sql("""
                SELECT (SELECT count(*) FROM mentoring_pair WHERE id = ? AND mentor_id = ?)
                     + (SELECT count(*) FROM pair_former_mentor WHERE pair_id = ? AND mentor_id = ?)""")
                .params(pairId, mentorId, pairId, mentorId).query(Long.class).single() > 0;
    }

    @Override
    public void replaceMentor(UUID pairId, UUID leaving, UUID joining, LocalDate on, PairChangeReason reason, String by,
            Instant at) {
        jdbc.sql("""
                INSERT INTO pair_former_mentor (pair_id, mentor_id, left_on, reason, changed_by, changed_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(pairId, leaving, Date.valueOf(on), reason.name(), by, Timestamp.from(at)).update();
        jdbc.sql("UPDATE mentoring_pair SET mentor_id = ? WHERE id = ?").params(joining, pairId).update();
        jdbc.sql("DELETE FROM pair_consent WHERE pair_id = ? AND participant_id = ?").params(pairId, leaving).update();
    }
}
