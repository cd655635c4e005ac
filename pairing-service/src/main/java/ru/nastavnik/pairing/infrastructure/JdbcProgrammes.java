package ru.nastavnik.pairing.infrastructure;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.nastavnik.pairing.domain.programme.PlanTask;
import ru.nastavnik.pairing.domain.programme.Programme;
import ru.nastavnik.pairing.domain.programme.ProgrammeState;
import ru.nastavnik.pairing.domain.programme.Programmes;
import ru.nastavnik.pairing.domain.programme.SelfAssessment;
import ru.nastavnik.pairing.domain.programme.Side;
import ru.nastavnik.platform.jdbc.SqlArrays;

@Repository
class JdbcProgrammes implements Programmes {

    private final JdbcClient jdbc;

    JdbcProgrammes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(Programme p) {
        jdbc.sql("""
                INSERT INTO programme (id, pair_id, goals, state, order_number, order_date, approved_at, results_summary,
                    completed_at, created_by, created_at, version)
                VALUES (?, ?, ?::text[], ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(p.id(), p.pairId(), SqlArrays.literal(p.goals()), p.state().name(), p.orderNumber(),
                        date(p.orderDate()), ts(p.approvedAt()), p.resultsSummary(), ts(p.completedAt()), p.createdBy(),
                        ts(p.createdAt()))
                .update();
        writeChildren(p);
    }

    @Override
    public boolean save(Programme p) {
        int updated = jdbc.sql("""
                UPDATE programme SET goals = ?::text[], state = ?, order_number = ?, order_date = ?, approved_at = ?,
                    results_summary = ?, completed_at = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(SqlArrays.literal(p.goals()), p.state().name(), p.orderNumber(), date(p.orderDate()),
                        ts(p.approvedAt()), p.resultsSummary(), ts(p.completedAt()), p.id(), p.version())
                .update();
        if (updated == 0) {
            return false;
        }
        jdbc.sql("DELETE FROM programme_task WHERE programme_id = ?").param(p.id()).update();
        jdbc.sql("DELETE FROM programme_self_assessment WHERE programme_id = ?").param(p.id()).update();
        writeChildren(p);
        return true;
    }

    private void writeChildren(Programme p) {
        int position = 0;
        for (PlanTask t : p.tasks()) {
            jdbc.sql("""
                    INSERT INTO programme_task (id, programme_id, position, title, deadline, expected_result, done_on,
                        done_at, done_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(t.id(), p.id(), position++, t.title(), date(t.deadline()), t.expectedResult(),
                            date(t.doneOn()), ts(t.doneAt()), t.doneBy())
                    .update();
        }
        for (SelfAssessment a : p.selfAssessments()) {
            jdbc.sql("""
                    INSERT INTO programme_self_assessment (programme_id, person_id, side, score, text, submitted_at)
                    VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(p.id(), a.personId(), a.side().name(), a.score(), a.text(), ts(a.submittedAt()))
                    .update();
        }
    }

    @Override
    public Optional<Programme> programme(UUID id) {
        return jdbc.sql("SELECT * FROM programme WHERE id = ?").param(id).query((rs, n) -> header(rs)).optional()
                .map(this::withChildren);
    }

    @Override
    public Optional<Programme> ofPair(UUID pairId) {
        return jdbc.sql("""
                SELECT * FROM programme WHERE pair_id = ?
                ORDER BY (state <> 'COMPLETED') DESC, created_at DESC LIMIT 1""")
                .param(pairId).query((rs, n) -> header(rs)).optional().map(this::withChildren);
    }

    @Override
    public List<Programme> allOfPair(UUID pairId) {
        return jdbc.sql("SELECT * FROM programme WHERE pair_id = ? ORDER BY created_at").param(pairId)
                .query((rs, n) -> header(rs)).list().stream().map(this::withChildren).toList();
    }

    @Override
    public void lockPair(UUID pairId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(?, 1))").param("programme:" + pairId).query().listOfRows();
    }

    private Programme withChildren(Programme p) {
        List<PlanTask> tasks = jdbc.sql("SELECT * FROM programme_task WHERE programme_id = ? ORDER BY position")
                .param(p.id()).query((rs, n) -> new PlanTask(rs.getObject("id", UUID.class), rs.getString("title"),
                        localDate(rs, "deadline"), rs.getString("expected_result"), localDate(rs, "done_on"),
                        instant(rs, "done_at"), rs.getString("done_by")))
                .list();
        List<SelfAssessment> assessments = jdbc.sql("""
                SELECT * FROM programme_self_assessment WHERE programme_id = ? ORDER BY side DESC, person_id""")
                .param(p.id()).query((rs, n) -> new SelfAssessment(rs.getObject("person_id", UUID.class),
                        Side.valueOf(rs.getString("side")), rs.getInt("score"), rs.getString("text"),
                        instant(rs, "submitted_at")))
                .list();
        return new Programme(p.id(), p.pairId(), p.goals(), tasks, p.state(), p.orderNumber(), p.orderDate(),
                p.approvedAt(), assessments, p.resultsSummary(), p.completedAt(), p.createdBy(), p.createdAt(), p.version());
    }

    private static Programme header(ResultSet rs) throws SQLException {
        return new Programme(rs.getObject("id", UUID.class), rs.getObject("pair_id", UUID.class),
                List.of((String[]) rs.getArray("goals").getArray()), List.of(),
                ProgrammeState.valueOf(rs.getString("state")), rs.getString("order_number"), localDate(rs, "order_date"),
                instant(rs, "approved_at"), List.of(), rs.getString("results_summary"), instant(rs, "completed_at"),
                rs.getString("created_by"), instant(rs, "created_at"), rs.getInt("version"));
    }

    static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
