package ru.nastavnik.pairing.infrastructure;

import static ru.nastavnik.pairing.infrastructure.JdbcProgrammes.instant;
import static ru.nastavnik.pairing.infrastructure.JdbcProgrammes.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.nastavnik.events.pairing.MeetingType;
import ru.nastavnik.pairing.domain.meeting.Attendance;
import ru.nastavnik.pairing.domain.meeting.Feedback;
import ru.nastavnik.pairing.domain.meeting.Meeting;
import ru.nastavnik.pairing.domain.meeting.Meetings;
import ru.nastavnik.pairing.domain.programme.Side;

@Repository
class JdbcMeetings implements Meetings {

    /** Present at the held meeting {@code m} and no feedback from them. */
    private static final String MISSING = """
            EXISTS (SELECT 1 FROM meeting_attendance a WHERE a.meeting_id = m.id AND a.present
                AND NOT EXISTS (SELECT 1 FROM meeting_feedback f WHERE f.meeting_id = m.id AND f.person_id = a.person_id))""";

    private final JdbcClient jdbc;

    JdbcMeetings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(Meeting m) {
        jdbc.sql("""
                INSERT INTO pair_meeting (id, pair_id, organization_id, type, starts_at, duration_minutes, place, link, notes,
                    held, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(m.id(), m.pairId(), m.organizationId(), m.type().name(), ts(m.startsAt()), m.durationMinutes(),
                        m.place(), m.link(), m.notes(), m.held(), m.recordedBy(), ts(m.recordedAt()))
                .update();
        for (Attendance a : m.attendance()) {
            jdbc.sql("INSERT INTO meeting_attendance (meeting_id, person_id, side, present) VALUES (?, ?, ?, ?)")
                    .params(m.id(), a.personId(), a.side().name(), a.present()).update();
        }
    }

    @Override
    public Optional<Meeting> meeting(UUID id) {
        return jdbc.sql("SELECT * FROM pair_meeting m WHERE m.id = ?").param(id).query((rs, n) -> meeting(rs)).optional()
                .map(this::withAttendance);
    }

    @Override
    public List<Meeting> ofPair(UUID pairId) {
        return list("SELECT * FROM pair_meeting m WHERE m.pair_id = ? ORDER BY m.starts_at, m.id", pairId);
    }

    @Override
    public boolean addFeedback(Feedback f) {
        try {
            jdbc.sql("""
                    INSERT INTO meeting_feedback (meeting_id, person_id, usefulness, went_well, difficulties, next_steps,
                        submitted_at) VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(f.meetingId(), f.personId(), f.usefulness(), f.wentWell(), f.difficulties(), f.nextSteps(),
                            ts(f.submittedAt()))
                    .update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public List<Feedback> feedbackOf(UUID meetingId) {
        return jdbc.sql("SELECT * FROM meeting_feedback WHERE meeting_id = ? ORDER BY submitted_at").param(meetingId)
                .query((rs, n) -> feedback(rs)).list();
    }

    @Override
    public List<Feedback> feedbackOfPair(UUID pairId) {
        return jdbc.sql("""
                SELECT f.* FROM meeting_feedback f JOIN pair_meeting m ON m.id = f.meeting_id
                WHERE m.pair_id = ? ORDER BY f.submitted_at""").param(pairId).query((rs, n) -> feedback(rs)).list();
    }

    @Override
    public Optional<Instant> lastHeldOf(UUID pairId) {
        return jdbc.sql("SELECT max(starts_at) FROM pair_meeting WHERE pair_id = ? AND held").param(pairId)
                .query((rs, n) -> instantAt(rs, 1)).optional().filter(java.util.Objects::nonNull);
    }

    @Override
    public List<Meeting> awaitingFeedbackFrom(UUID personId) {
        return list("""
                SELECT m.* FROM pair_meeting m JOIN meeting_attendance a ON a.meeting_id = m.id
                WHERE m.held AND a.person_id = ? AND a.present
                  AND NOT EXISTS (SELECT 1 FROM meeting_feedback f WHERE f.meeting_id = m.id AND f.person_id = a.person_id)
                ORDER BY m.starts_at, m.id""", personId);
    }

    @Override
    public List<Meeting> withMissingFeedback(UUID organizationId, Instant startedBefore) {
        if (organizationId == null) {
            return list("SELECT * FROM pair_meeting m WHERE m.held AND m.starts_at < ? AND " + MISSING
                    + " ORDER BY m.starts_at, m.id", ts(startedBefore));
        }
        return list("SELECT * FROM pair_meeting m WHERE m.organization_id = ? AND m.held AND m.starts_at < ? AND " + MISSING
                + " ORDER BY m.starts_at, m.id", organizationId, ts(startedBefore));
    }

    @Override
    public List<UUID> missingFeedback(UUID meetingId) {
        return jdbc.sql("""
                SELECT a.person_id FROM meeting_attendance a WHERE a.meeting_id = ? AND a.present
                  AND NOT EXISTS (SELECT 1 FROM meeting_feedback f WHERE f.meeting_id = a.meeting_id AND f.person_id = a.person_id)
                ORDER BY a.side DESC, a.person_id""").param(meetingId).query(UUID.class).list();
    }

    private List<Meeting> list(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query((rs, n) -> meeting(rs)).list().stream().map(this::withAttendance).toList();
    }

    private Meeting withAttendance(Meeting m) {
        List<Attendance> attendance = jdbc.sql("SELECT * FROM meeting_attendance WHERE meeting_id = ? ORDER BY side DESC, person_id")
                .param(m.id()).query((rs, n) -> new Attendance(rs.getObject("person_id", UUID.class),
                        Side.valueOf(rs.getString("side")), rs.getBoolean("present")))
                .list();
        return new Meeting(m.id(), m.pairId(), m.organizationId(), m.type(), m.startsAt(), m.durationMinutes(), m.place(),
                m.link(), m.notes(), m.held(), attendance, m.recordedBy(), m.recordedAt());
    }

    private static Meeting meeting(ResultSet rs) throws SQLException {
        return new Meeting(rs.getObject("id", UUID.class), rs.getObject("pair_id", UUID.class),
                rs.getObject("organization_id", UUID.class), MeetingType.valueOf(rs.getString("type")),
                instant(rs, "starts_at"), rs.getInt("duration_minutes"), rs.getString("place"), rs.getString("link"),
                rs.getString("notes"), rs.getBoolean("held"), List.of(), rs.getString("recorded_by"),
                instant(rs, "recorded_at"));
    }

    private static Feedback feedback(ResultSet rs) throws SQLException {
        return new Feedback(rs.getObject("meeting_id", UUID.class), rs.getObject("person_id", UUID.class),
                rs.getInt("usefulness"), rs.getString("went_well"), rs.getString("difficulties"), rs.getString("next_steps"),
                instant(rs, "submitted_at"));
    }

    private static Instant instantAt(ResultSet rs, int column) throws SQLException {
        java.sql.Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
