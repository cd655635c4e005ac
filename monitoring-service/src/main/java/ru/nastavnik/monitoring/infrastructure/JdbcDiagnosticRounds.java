package ru.nastavnik.monitoring.infrastructure;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.nastavnik.events.AcademicYear;
import ru.nastavnik.monitoring.domain.diagnostic.Answer;
import ru.nastavnik.monitoring.domain.diagnostic.Assignment;
import ru.nastavnik.monitoring.domain.diagnostic.CoverageFigures;
import ru.nastavnik.monitoring.domain.diagnostic.CriterionTotal;
import ru.nastavnik.monitoring.domain.diagnostic.DiagnosticRound;
import ru.nastavnik.monitoring.domain.diagnostic.DiagnosticRounds;
import ru.nastavnik.monitoring.domain.diagnostic.FormKind;
import ru.nastavnik.monitoring.domain.diagnostic.Respondent;
import ru.nastavnik.monitoring.domain.diagnostic.RoundTotal;
import ru.nastavnik.monitoring.domain.diagnostic.Scale;
import ru.nastavnik.monitoring.domain.diagnostic.Stage;
import ru.nastavnik.platform.security.Place;

@Repository
class JdbcDiagnosticRounds implements DiagnosticRounds {

    private final JdbcClient jdbc;

    JdbcDiagnosticRounds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean add(DiagnosticRound round, List<Assignment> assignments) {
        // The partial unique indexes refuse a second round of a form and quarter, or of a programme.
        int inserted = jdbc.sql("""
                INSERT INTO diagnostic_round (id, stage, organization_id, municipality_id, region_id, academic_year,
                    quarter, form_kind, programme_id, pair_id, status, opened_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING
                """)
                .params(round.id(), round.stage().name(), round.place().organizationId(), round.place().municipalityId(),
                        round.place().regionId(), round.academicYear().startYear(), round.quarter(),
                        round.formKind() == null ? null : round.formKind().name(), round.programmeId(), round.pairId(),
                        round.status().name(), Timestamp.from(round.openedAt()))
                .update();
        if (inserted == 0) {
            return false;
        }
        for (Assignment a : assignments) {
            jdbc.sql("""
                    INSERT INTO diagnostic_assignment (id, round_id, form_id, form_kind, respondent, person_id, status)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """)
                    .params(a.id(), a.roundId(), a.formId(), a.formKind().name(), a.respondent().name(), a.personId(),
                            a.status().name())
                    .update();
        }
        return true;
    }

    @Override
    public Optional<DiagnosticRound> find(UUID roundId) {
        return jdbc.sql("SELECT * FROM diagnostic_round WHERE id = ?").param(roundId).query(JdbcDiagnosticRounds::round)
                .optional();
    }

    @Override
    public List<DiagnosticRound> ofOrganization(UUID organizationId, AcademicYear year) {
        return jdbc.sql("""
                SELECT * FROM diagnostic_round WHERE organization_id = ? AND academic_year = ?
                ORDER BY stage DESC, quarter, form_kind, opened_at
                """)
                .params(organizationId, year.startYear()).query(JdbcDiagnosticRounds::round).list();
    }

    @Override
    public void close(UUID roundId, Instant at) {
        jdbc.sql("UPDATE diagnostic_round SET status = 'CLOSED', closed_at = ? WHERE id = ?")
                .params(Timestamp.from(at), roundId).update();
    }

    @Override
    public List<Assignment> assignments(UUID roundId) {
        return jdbc.sql("SELECT * FROM diagnostic_assignment WHERE round_id = ? ORDER BY respondent, person_id")
                .param(roundId).query(JdbcDiagnosticRounds::assignment).list();
    }

    @Override
    public Optional<Assignment> assignment(UUID assignmentId) {
        return jdbc.sql("SELECT * FROM diagnostic_assignment WHERE id = ?").param(assignmentId)
                .query(JdbcDiagnosticRounds::assignment).optional();
    }

    @Override
    public List<Assignment> ofPerson(UUID personId) {
        return jdbc.sql("""
                SELECT a.* FROM diagnostic_assignment a JOIN diagnostic_round r ON r.id = a.round_id
                WHERE a.person_id = ? ORDER BY r.academic_year, r.opened_at
                """).param(personId).query(JdbcDiagnosticRounds::assignment).list();
    }

    @Override
    public List<Assignment> dueForCurators(UUID organizationId) {
        return jdbc.sql("""
                SELECT a.* FROM diagnostic_assignment a JOIN diagnostic_round r ON r.id = a.round_id
                WHERE r.organization_id = ? AND r.status = 'OPEN' AND a.respondent = 'CURATOR' AND a.status = 'DUE'
                ORDER BY r.opened_at
                """).param(organizationId).query(JdbcDiagnosticRounds::assignment).list();
    }

    @Override
    public List<Answer> answers(UUID assignmentId) {
        return jdbc.sql("SELECT criterion_code, scale, score FROM diagnostic_answer WHERE assignment_id = ?")
                .param(assignmentId)
                .query((rs, row) -> new Answer(rs.getString("criterion_code"), Scale.valueOf(rs.getString("scale")),
                        rs.getInt("score")))
                .list();
    }

    @Override
    public void submit(UUID assignmentId, List<Answer> answers, boolean enteredByCurator, BigDecimal average, Instant at) {
        jdbc.sql("DELETE FROM diagnostic_answer WHERE assignment_id = ?").param(assignmentId).update();
        for (Answer answer : answers) {
            jdbc.sql("INSERT INTO diagnostic_answer (assignment_id, criterion_code, scale, score) VALUES (?, ?, ?, ?)")
                    .params(assignmentId, answer.criterionCode(), answer.scale().name(), answer.score()).update();
        }
        jdbc.sql("""
                UPDATE diagnostic_assignment SET status = 'SUBMITTED', entered_by_curator = ?, average_score = ?,
                    submitted_at = ?
                WHERE id = ?
                """).params(enteredByCurator, average, Timestamp.from(at), assignmentId).update();
    }

    @Override
    public boolean hasAnswers(UUID formId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM diagnostic_assignment WHERE form_id = ? AND status = 'SUBMITTED')")
                .param(formId).query(Boolean.class).single();
    }

    @Override
    public List<UUID> withdrawDue(UUID personId) {
        return jdbc.sql("""
                UPDATE diagnostic_assignment SET status = 'WITHDRAWN'
                WHERE person_id = ? AND status = 'DUE' RETURNING round_id
                """).param(personId).query(UUID.class).list();
    }

    @Override
    public List<UUID> anonymize(UUID personId) {
        return jdbc.sql("UPDATE diagnostic_assignment SET person_id = NULL WHERE person_id = ? RETURNING round_id")
                .param(personId).query(UUID.class).list();
    }

    @Override
    public CoverageFigures coverage(UUID organizationId, AcademicYear year) {
        return jdbc.sql("""
                SELECT count(*) FILTER (WHERE open = 0) AS covered, count(*) AS due FROM (
                    SELECT a.person_id, count(*) FILTER (WHERE a.status = 'DUE') AS open
                    FROM diagnostic_assignment a JOIN diagnostic_round r ON r.id = a.round_id
                    WHERE r.organization_id = ? AND r.academic_year = ? AND r.stage = 'QUARTERLY'
                        AND a.status <> 'WITHDRAWN' AND a.person_id IS NOT NULL
                    GROUP BY a.person_id) people
                """)
                .params(organizationId, year.startYear())
                .query((rs, row) -> new CoverageFigures(rs.getLong("covered"), rs.getLong("due"))).single();
    }

    @Override
    public List<CriterionTotal> criterionTotals(UUID organizationId, AcademicYear year, UUID personId) {
        return jdbc.sql("""
                SELECT r.id AS round_id, r.stage, a.form_kind, r.quarter, s.criterion_code, s.scale,
                    sum(s.score) AS total, count(*) AS n
                FROM diagnostic_answer s
                JOIN diagnostic_assignment a ON a.id = s.assignment_id
                JOIN diagnostic_round r ON r.id = a.round_id
                WHERE r.organization_id = :organization AND r.academic_year = :year AND a.status = 'SUBMITTED'
                    AND (CAST(:person AS UUID) IS NULL OR a.person_id = CAST(:person AS UUID))
                GROUP BY r.id, r.stage, a.form_kind, r.quarter, s.criterion_code, s.scale, r.opened_at
                ORDER BY r.quarter NULLS LAST, r.opened_at, s.criterion_code
                """)
                .param("organization", organizationId).param("year", year.startYear()).param("person", personId)
                .query((rs, row) -> new CriterionTotal(rs.getObject("round_id", UUID.class),
                        Stage.valueOf(rs.getString("stage")), FormKind.valueOf(rs.getString("form_kind")),
                        (Integer) rs.getObject("quarter", Integer.class), rs.getString("criterion_code"),
                        Scale.valueOf(rs.getString("scale")), rs.getLong("total"), rs.getLong("n")))
                .list();
    }

    @Override
    public List<RoundTotal> roundTotalsIn(UUID unitId, AcademicYear year) {
        return jdbc.sql("""
                SELECT r.organization_id, r.municipality_id, r.region_id, r.id AS round_id, r.stage, a.form_kind,
                    r.quarter, count(*) FILTER (WHERE a.status <> 'WITHDRAWN') AS expected,
                    count(*) FILTER (WHERE a.status = 'SUBMITTED') AS submitted,
                    coalesce(sum(a.average_score) FILTER (WHERE a.status = 'SUBMITTED'), 0) AS sum_of_averages
                FROM diagnostic_round r JOIN diagnostic_assignment a ON a.round_id = r.id
                WHERE (r.municipality_id = :unit OR r.region_id = :unit OR r.organization_id = :unit)
                    AND r.academic_year = :year
                GROUP BY r.organization_id, r.municipality_id, r.region_id, r.id, r.stage, a.form_kind, r.quarter,
                    r.opened_at
                ORDER BY r.organization_id, r.quarter NULLS LAST, r.opened_at
                """)
                .param("unit", unitId).param("year", year.startYear())
                .query((rs, row) -> new RoundTotal(rs.getObject("organization_id", UUID.class),
                        rs.getObject("municipality_id", UUID.class), rs.getObject("region_id", UUID.class),
                        rs.getObject("round_id", UUID.class), Stage.valueOf(rs.getString("stage")),
                        FormKind.valueOf(rs.getString("form_kind")), (Integer) rs.getObject("quarter", Integer.class),
                        rs.getLong("expected"), rs.getLong("submitted"), rs.getBigDecimal("sum_of_averages")))
                .list();
    }

    private static DiagnosticRound round(ResultSet rs, int row) throws SQLException {
        String kind = rs.getString("form_kind");
        Timestamp closed = rs.getTimestamp("closed_at");
        return new DiagnosticRound(rs.getObject("id", UUID.class), Stage.valueOf(rs.getString("stage")),
                new Place(rs.getObject("region_id", UUID.class), rs.getObject("municipality_id", UUID.class),
                        rs.getObject("organization_id", UUID.class)),
                new AcademicYear(rs.getInt("academic_year")), (Integer) rs.getObject("quarter", Integer.class),
                kind == null ? null : FormKind.valueOf(kind), rs.getObject("programme_id", UUID.class),
                rs.getObject("pair_id", UUID.class), DiagnosticRound.Status.valueOf(rs.getString("status")),
                rs.getTimestamp("opened_at").toInstant(), closed == null ? null : closed.toInstant());
    }

    private static Assignment assignment(ResultSet rs, int row) throws SQLException {
        Timestamp submitted = rs.getTimestamp("submitted_at");
        return new Assignment(rs.getObject("id", UUID.class), rs.getObject("round_id", UUID.class),
                rs.getObject("form_id", UUID.class), FormKind.valueOf(rs.getString("form_kind")),
                Respondent.valueOf(rs.getString("respondent")), rs.getObject("person_id", UUID.class),
                Assignment.Status.valueOf(rs.getString("status")), rs.getBoolean("entered_by_curator"),
                rs.getBigDecimal("average_score"), submitted == null ? null : submitted.toInstant());
    }
}
