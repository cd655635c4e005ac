package ru.nastavnik.participant.infrastructure;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.nastavnik.participant.domain.MentorSelection;
import ru.nastavnik.participant.domain.MentorSelections;
import ru.nastavnik.participant.domain.MentorTraining;
import ru.nastavnik.participant.domain.SelectionCriterion;
import ru.nastavnik.participant.domain.SelectionDecision;
import ru.nastavnik.participant.domain.TeachingStaffCount;

@Repository
class JdbcMentorSelections implements MentorSelections {

    private static final String SELECTION_COLUMNS = "person_id, interview_date, interviewer, interview_notes, decision, reason, "
            + "updated_by, updated_at, readiness_confirmed_by, readiness_confirmed_at, readiness_reason";
    private static final String TRAINING_COLUMNS = "id, person_id, course_title, provider, hours, completed_on, "
            + "certificate_reference, recorded_by, recorded_at";

    private final JdbcClient jdbc;

    JdbcMentorSelections(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<SelectionCriterion> criteriaOf(UUID organizationId) {
        return jdbc.sql("SELECT id, position, text, weight, required FROM selection_criterion WHERE organization_id = ? "
                + "ORDER BY position").param(organizationId).query((rs, n) -> criterion(rs, rs.getObject("id", UUID.class))).list();
    }

    @Override
    public List<SelectionCriterion> defaultCriteria() {
        return jdbc.sql("SELECT position, text, weight, required FROM default_selection_criterion ORDER BY position")
                .query((rs, n) -> criterion(rs, null)).list();
    }

    @Override
    public void replaceCriteria(UUID organizationId, List<SelectionCriterion> criteria) {
        List<UUID> keep = criteria.stream().map(SelectionCriterion::id).toList();
        List<UUID> existing = criteriaOf(organizationId).stream().map(SelectionCriterion::id).toList();
        for (UUID id : existing) {
            if (!keep.contains(id)) {
                jdbc.sql("DELETE FROM selection_criterion WHERE id = ?").param(id).update();
            }
        }
        for (SelectionCriterion c : criteria) {
            if (existing.contains(c.id())) {
                jdbc.sql("UPDATE selection_criterion SET position = ?, text = ?, weight = ?, required = ? WHERE id = ?")
                        .params(c.position(), c.text(), c.weight(), c.required(), c.id()).update();
            } else {
                jdbc.sql("INSERT INTO selection_criterion (id, organization_id, position, text, weight, required) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")
                        .params(c.id(), organizationId, c.position(), c.text(), c.weight(), c.required()).update();
            }
        }
    }

    @Override
    public Optional<MentorSelection> selectionOf(UUID personId) {
        return jdbc.sql("SELECT " + SELECTION_COLUMNS + " FROM mentor_selection WHERE person_id = ?").param(personId)
                .query((rs, n) -> selection(rs, marksOf(personId))).optional();
    }

    @Override
    public void saveSelection(MentorSelection s) {
        jdbc.sql("INSERT INTO mentor_selection (" + SELECTION_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT (person_id) DO UPDATE SET interview_date = excluded.interview_date, "
                + "interviewer = excluded.interviewer, interview_notes = excluded.interview_notes, "
                + "decision = excluded.decision, reason = excluded.reason, updated_by = excluded.updated_by, "
                + "updated_at = excluded.updated_at, readiness_confirmed_by = excluded.readiness_confirmed_by, "
                + "readiness_confirmed_at = excluded.readiness_confirmed_at, readiness_reason = excluded.readiness_reason")
                .params(s.personId(), s.interviewDate() == null ? null : Date.valueOf(s.interviewDate()), s.interviewer(),
                        s.interviewNotes(), s.decision().name(), s.reason(), s.updatedBy(), timestamp(s.updatedAt()),
                        s.readinessConfirmedBy(), timestamp(s.readinessConfirmedAt()), s.readinessReason())
                .update();
        jdbc.sql("DELETE FROM mentor_selection_mark WHERE person_id = ?").param(s.personId()).update();
        for (MentorSelection.Mark mark : s.marks()) {
            jdbc.sql("INSERT INTO mentor_selection_mark (person_id, criterion_id, met) VALUES (?, ?, ?)")
                    .params(s.personId(), mark.criterionId(), mark.met()).update();
        }
    }

    @Override
    public Map<UUID, MentorSelection> selectionsOfOrganization(UUID organizationId) {
        Map<UUID, MentorSelection> found = new LinkedHashMap<>();
        jdbc.sql("SELECT " + SELECTION_COLUMNS.replaceAll("(^|, )", "$1s.") + " FROM mentor_selection s "
                + "JOIN person p ON p.id = s.person_id WHERE p.organization_id = ?")
                .param(organizationId).query((rs, n) -> selection(rs, List.of())).list()
                .forEach(s -> found.put(s.personId(), s));
        return found;
    }

    @Override
    public List<MentorTraining> trainingsOf(UUID personId) {
        return jdbc.sql("SELECT " + TRAINING_COLUMNS + " FROM mentor_training WHERE person_id = ? AND deleted_at IS NULL "
                + "ORDER BY completed_on DESC, recorded_at DESC").param(personId).query(JdbcMentorSelections::training).list();
    }

    @Override
    public boolean addTraining(MentorTraining t) {
        // ON CONFLICT (the partial unique index) keeps the transaction usable when the same training is recorded twice.
        return jdbc.sql("INSERT INTO mentor_training (" + TRAINING_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT DO NOTHING")
                .params(t.id(), t.personId(), t.courseTitle(), t.provider(), t.hours(), Date.valueOf(t.completedOn()),
                        t.certificateReference(), t.recordedBy(), timestamp(t.recordedAt()))
                .update() == 1;
    }

    @Override
    public boolean deleteTraining(UUID personId, UUID trainingId, String by, String reason) {
        return jdbc.sql("UPDATE mentor_training SET deleted_at = now(), deleted_by = ?, deletion_reason = ? "
                + "WHERE id = ? AND person_id = ? AND deleted_at IS NULL")
                .params(by, reason, trainingId, personId).update() == 1;
    }

    @Override
    public Map<UUID, Long> trainingCountsOfOrganization(UUID organizationId) {
        Map<UUID, Long> counts = new HashMap<>();
        jdbc.sql("SELECT t.person_id, count(*) AS n FROM mentor_training t JOIN person p ON p.id = t.person_id "
                + "WHERE p.organization_id = ? AND t.deleted_at IS NULL GROUP BY t.person_id")
                .param(organizationId)
                .query((rs, n) -> Map.entry(rs.getObject("person_id", UUID.class), rs.getLong("n"))).list()
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    @Override
    public long countReady(UUID organizationId) {
        return jdbc.sql("""
                SELECT count(*) FROM person p JOIN mentor_selection s ON s.person_id = p.id
                WHERE p.organization_id = ? AND p.programme_role = 'MENTOR_CANDIDATE' AND s.decision = 'SELECTED'
                  AND (s.readiness_confirmed_at IS NOT NULL
                       OR EXISTS (SELECT 1 FROM mentor_training t WHERE t.person_id = p.id AND t.deleted_at IS NULL))
                """).param(organizationId).query(Long.class).single();
    }

    @Override
    public void recordTeachingStaff(TeachingStaffCount c) {
        jdbc.sql("INSERT INTO teaching_staff_count (id, organization_id, academic_year, teaching_staff, recorded_by, recorded_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)")
                .params(c.id(), c.organizationId(), c.academicYear(), c.teachingStaff(), c.recordedBy(),
                        timestamp(c.recordedAt()))
                .update();
    }

    @Override
    public Optional<TeachingStaffCount> teachingStaff(UUID organizationId, String academicYear) {
        return jdbc.sql("SELECT * FROM teaching_staff_count WHERE organization_id = ? AND academic_year = ? "
                + "ORDER BY recorded_at DESC, id LIMIT 1").params(organizationId, academicYear)
                .query(JdbcMentorSelections::staff).optional();
    }

    @Override
    public List<TeachingStaffCount> teachingStaffHistory(UUID organizationId) {
        return jdbc.sql("SELECT * FROM teaching_staff_count WHERE organization_id = ? ORDER BY recorded_at DESC, id")
                .param(organizationId).query(JdbcMentorSelections::staff).list();
    }

    @Override
    public void erasePersonalData(UUID personId) {
        jdbc.sql("UPDATE mentor_selection SET interview_notes = NULL, reason = NULL, readiness_reason = NULL WHERE person_id = ?")
                .param(personId).update();
        jdbc.sql("UPDATE mentor_training SET certificate_reference = NULL, deletion_reason = NULL WHERE person_id = ?")
                .param(personId).update();
    }

    private List<MentorSelection.Mark> marksOf(UUID personId) {
        return new ArrayList<>(jdbc.sql("SELECT m.criterion_id, m.met FROM mentor_selection_mark m "
                + "JOIN selection_criterion c ON c.id = m.criterion_id WHERE m.person_id = ? ORDER BY c.position")
                .param(personId)
                .query((rs, n) -> new MentorSelection.Mark(rs.getObject("criterion_id", UUID.class), rs.getBoolean("met")))
                .list());
    }

    private static SelectionCriterion criterion(ResultSet rs, UUID id) throws SQLException {
        Integer weight = rs.getObject("weight", Integer.class);
        return new SelectionCriterion(id, rs.getInt("position"), rs.getString("text"), weight, rs.getBoolean("required"));
    }

    private static MentorSelection selection(ResultSet rs, List<MentorSelection.Mark> marks) throws SQLException {
        Date interview = rs.getDate("interview_date");
        Timestamp confirmed = rs.getTimestamp("readiness_confirmed_at");
        return new MentorSelection(rs.getObject("person_id", UUID.class), interview == null ? null : interview.toLocalDate(),
                rs.getString("interviewer"), rs.getString("interview_notes"), marks,
                SelectionDecision.valueOf(rs.getString("decision")), rs.getString("reason"), rs.getString("updated_by"),
                rs.getTimestamp("updated_at").toInstant(), rs.getString("readiness_confirmed_by"),
                confirmed == null ? null : confirmed.toInstant(), rs.getString("readiness_reason"));
    }

    private static MentorTraining training(ResultSet rs, int row) throws SQLException {
        return new MentorTraining(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
                rs.getString("course_title"), rs.getString("provider"), rs.getInt("hours"),
                rs.getDate("completed_on").toLocalDate(), rs.getString("certificate_reference"), rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant());
    }

    private static TeachingStaffCount staff(ResultSet rs, int row) throws SQLException {
        return new TeachingStaffCount(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
                rs.getString("academic_year"), rs.getInt("teaching_staff"), rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant());
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
