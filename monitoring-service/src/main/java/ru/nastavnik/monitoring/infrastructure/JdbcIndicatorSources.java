package ru.nastavnik.monitoring.infrastructure;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.nastavnik.events.AcademicYear;
import ru.nastavnik.monitoring.domain.indicator.IndicatorFigures;
import ru.nastavnik.monitoring.domain.indicator.IndicatorSources;
import ru.nastavnik.monitoring.domain.indicator.PairProgress;
import ru.nastavnik.platform.security.Place;

@Repository
class JdbcIndicatorSources implements IndicatorSources {

    private final JdbcClient jdbc;

    JdbcIndicatorSources(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Place> participant(UUID personId, Place place, String programmeRole, boolean left) {
        Optional<Place> before = jdbc.sql("""
                SELECT region_id, municipality_id, organization_id FROM indicator_participant WHERE person_id = ?
                """).param(personId)
                .query((rs, n) -> new Place(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class)))
                .optional().filter(p -> !p.organizationId().equals(place.organizationId()));
        jdbc.sql("""
                INSERT INTO indicator_participant (person_id, organization_id, municipality_id, region_id, programme_role,
                    left_programme)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (person_id) DO UPDATE SET organization_id = excluded.organization_id,
                    municipality_id = excluded.municipality_id, region_id = excluded.region_id,
                    programme_role = excluded.programme_role, left_programme = excluded.left_programme
                """)
                .params(personId, place.organizationId(), place.municipalityId(), place.regionId(), programmeRole, left)
                .update();
        return before;
    }

    @Override
    public void teachingStaff(UUID organizationId, AcademicYear year, int teachingStaff) {
        jdbc.sql("""
                INSERT INTO indicator_teaching_staff (organization_id, academic_year, teaching_staff) VALUES (?, ?, ?)
                ON CONFLICT (organization_id, academic_year) DO UPDATE SET teaching_staff = excluded.teaching_staff
                """).params(organizationId, year.startYear(), teachingStaff).update();
    }

    @Override
    public void pairFormed(UUID pairId, Place place, AcademicYear year, String roleModel, String format, UUID mentorId,
            List<UUID> menteeIds) {
        // A pair already ended (an event of it seen before this one) keeps its status.
        jdbc.sql("""
                INSERT INTO indicator_pair (pair_id, organization_id, municipality_id, region_id, academic_year, role_model,
                    format, status)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'ACTIVE')
                ON CONFLICT (pair_id) DO UPDATE SET academic_year = excluded.academic_year,
                    role_model = excluded.role_model, format = excluded.format
                """)
                .params(pairId, place.organizationId(), place.municipalityId(), place.regionId(), year.startYear(),
                        roleModel, format)
                .update();
        addMember(pairId, mentorId, "MENTOR");
        for (UUID mentee : menteeIds) {
            addMember(pairId, mentee, "MENTEE");
        }
    }

    private void addMember(UUID pairId, UUID personId, String side) {
        // A member replaced before (seen first) is not brought back.
        jdbc.sql("""
                INSERT INTO indicator_pair_member (pair_id, person_id, side, current) VALUES (?, ?, ?, true)
                ON CONFLICT (pair_id, person_id) DO NOTHING
                """).params(pairId, personId, side).update();
    }

    @Override
    public AcademicYear pairYear(UUID pairId, Place place, AcademicYear fallback) {
        jdbc.sql("""
                INSERT INTO indicator_pair (pair_id, organization_id, municipality_id, region_id, academic_year, status)
                VALUES (?, ?, ?, ?, ?, 'ACTIVE')
                ON CONFLICT (pair_id) DO NOTHING
                """)
                .params(pairId, place.organizationId(), place.municipalityId(), place.regionId(), fallback.startYear())
                .update();
        return pairYearOf(pairId).orElseThrow();
    }

    @Override
    public Optional<AcademicYear> pairYearOf(UUID pairId) {
        return yearOf("SELECT academic_year FROM indicator_pair WHERE pair_id = ?", pairId);
    }

    @Override
    public Optional<AcademicYear> programmeYearOf(UUID programmeId) {
        return yearOf("SELECT academic_year FROM indicator_programme WHERE programme_id = ?", programmeId);
    }

    @Override
    public Optional<AcademicYear> practiceYearOf(UUID practiceId) {
        return yearOf("SELECT academic_year FROM indicator_practice WHERE practice_id = ?", practiceId);
    }

    private Optional<AcademicYear> yearOf(String sql, UUID id) {
        return jdbc.sql(sql).param(id).query(Integer.class).optional().map(AcademicYear::new);
    }

    @Override
    public void memberReplaced(UUID pairId, UUID leaving, UUID joining, String side) {
        jdbc.sql("""
                INSERT INTO indicator_pair_member (pair_id, person_id, side, current) VALUES (?, ?, ?, false)
                ON CONFLICT (pair_id, person_id) DO UPDATE SET current = false
                """).params(pairId, leaving, side).update();
        jdbc.sql("""
                INSERT INTO indicator_pair_member (pair_id, person_id, side, current) VALUES (?, ?, ?, true)
                ON CONFLICT (pair_id, person_id) DO UPDATE SET current = true, side = excluded.side
                """).params(pairId, joining, side).update();
    }

    @Override
    public void pairEnded(UUID pairId, String status) {
        jdbc.sql("UPDATE indicator_pair SET status = ? WHERE pair_id = ? AND status <> 'COMPLETED'")
                .params(status, pairId).update();
    }

    @Override
    public AcademicYear programmeApproved(UUID programmeId, UUID pairId, Place place, AcademicYear year, int taskCount) {
        // Progress seen before the approval (or a completion) is newer than the task count approved: it stays.
        jdbc.sql("""
                INSERT INTO indicator_programme (programme_id, pair_id, organization_id, municipality_id, region_id,
                    academic_year, approved, completed, tasks_done, tasks_total)
                VALUES (?, ?, ?, ?, ?, ?, true, false, 0, ?)
                ON CONFLICT (programme_id) DO UPDATE SET approved = true, academic_year = excluded.academic_year
                """)
                .params(programmeId, pairId, place.organizationId(), place.municipalityId(), place.regionId(),
                        year.startYear(), taskCount)
                .update();
        return programmeYear(programmeId);
    }

    @Override
    public AcademicYear programmeProgress(UUID programmeId, UUID pairId, Place place, AcademicYear year, int tasksDone,
            int tasksTotal, boolean completed) {
        jdbc.sql("""
                INSERT INTO indicator_programme (programme_id, pair_id, organization_id, municipality_id, region_id,
                    academic_year, approved, completed, tasks_done, tasks_total)
                VALUES (?, ?, ?, ?, ?, ?, false, ?, ?, ?)
                ON CONFLICT (programme_id) DO UPDATE SET tasks_done = excluded.tasks_done,
                    tasks_total = excluded.tasks_total, completed = excluded.completed
                WHERE NOT indicator_programme.completed
                """)
                .params(programmeId, pairId, place.organizationId(), place.municipalityId(), place.regionId(),
                        year.startYear(), completed, tasksDone, tasksTotal)
                .update();
        return programmeYear(programmeId);
    }

    private AcademicYear programmeYear(UUID programmeId) {
        return programmeYearOf(programmeId).orElseThrow();
    }

    @Override
    public void meetingHeld(UUID meetingId, UUID pairId, Place place, AcademicYear year, String type, int attended,
            int participants) {
        jdbc.sql("""
                INSERT INTO indicator_meeting (meeting_id, pair_id, organization_id, municipality_id, region_id,
                    academic_year, meeting_type, held, attended, participants, feedback_forms)
                VALUES (?, ?, ?, ?, ?, ?, ?, true, ?, ?, 0)
                ON CONFLICT (meeting_id) DO UPDATE SET held = true, attended = excluded.attended,
                    participants = excluded.participants, meeting_type = excluded.meeting_type,
                    academic_year = excluded.academic_year
                """)
                .params(meetingId, pairId, place.organizationId(), place.municipalityId(), place.regionId(),
                        year.startYear(), type, attended, participants)
                .update();
    }

    @Override
    public void feedbackSubmitted(UUID meetingId, UUID pairId, Place place, AcademicYear year, String type, int forms) {
        jdbc.sql("""
                INSERT INTO indicator_meeting (meeting_id, pair_id, organization_id, municipality_id, region_id,
                    academic_year, meeting_type, held, attended, participants, feedback_forms)
                VALUES (?, ?, ?, ?, ?, ?, ?, false, 0, 0, ?)
                ON CONFLICT (meeting_id) DO UPDATE SET feedback_forms = indicator_meeting.feedback_forms + excluded.feedback_forms
                """)
                .params(meetingId, pairId, place.organizationId(), place.municipalityId(), place.regionId(),
                        year.startYear(), type, forms)
                .update();
    }

    @Override
    public AcademicYear practicePublished(UUID practiceId, Place place, AcademicYear year) {
        return new AcademicYear(jdbc.sql("""
                INSERT INTO indicator_practice (practice_id, organization_id, academic_year) VALUES (?, ?, ?)
                ON CONFLICT (practice_id) DO UPDATE
                    SET academic_year = least(indicator_practice.academic_year, excluded.academic_year)
                RETURNING academic_year
                """).params(practiceId, place.organizationId(), year.startYear()).query(Integer.class).single());
    }

    @Override
    public Set<AcademicYear> yearsOf(UUID organizationId) {
        return new TreeSet<>(jdbc.sql("""
                SELECT academic_year FROM indicator_pair WHERE organization_id = :o
                UNION SELECT academic_year FROM indicator_programme WHERE organization_id = :o
                UNION SELECT academic_year FROM indicator_meeting WHERE organization_id = :o
                UNION SELECT academic_year FROM indicator_teaching_staff WHERE organization_id = :o
                UNION SELECT academic_year FROM indicator_practice WHERE organization_id = :o
                """).param("o", organizationId).query(Integer.class).list().stream().map(AcademicYear::new).toList());
    }

    @Override
    public IndicatorFigures figures(UUID organizationId, AcademicYear year) {
        // Members of the organization's pairs of the year that were not dissolved (completed ones still count), and
        // the bank's participants who have not left: the people in pairs of all the programme's participants.
        return jdbc.sql("""
                WITH members AS (
                    SELECT m.person_id, m.side FROM indicator_pair_member m
                    JOIN indicator_pair p ON p.pair_id = m.pair_id
                    WHERE p.organization_id = :o AND p.academic_year = :y AND p.status <> 'DISSOLVED' AND m.current),
                roster AS (
                    SELECT person_id FROM indicator_participant WHERE organization_id = :o AND NOT left_programme),
                meetings AS (
                    SELECT * FROM indicator_meeting WHERE organization_id = :o AND academic_year = :y AND held)
                SELECT
                    (SELECT count(DISTINCT person_id) FROM members) AS in_pairs,
                    (SELECT count(*) FROM (SELECT person_id FROM roster UNION SELECT person_id FROM members) u) AS participants,
                    (SELECT count(DISTINCT person_id) FROM members WHERE side = 'MENTOR') AS mentors,
                    (SELECT coalesce(max(teaching_staff), 0) FROM indicator_teaching_staff
                        WHERE organization_id = :o AND academic_year = :y) AS staff,
                    (SELECT coalesce(sum(tasks_done), 0) FROM indicator_programme
                        WHERE organization_id = :o AND academic_year = :y) AS tasks_done,
                    (SELECT coalesce(sum(tasks_total), 0) FROM indicator_programme
                        WHERE organization_id = :o AND academic_year = :y) AS tasks_total,
                    (SELECT coalesce(sum(least(feedback_forms, attended)), 0) FROM meetings) AS forms,
                    (SELECT coalesce(sum(attended), 0) FROM meetings) AS expected,
                    (SELECT coalesce(sum(attended), 0) FROM meetings WHERE meeting_type = 'FINAL') AS final_attended,
                    (SELECT coalesce(sum(participants), 0) FROM meetings WHERE meeting_type = 'FINAL') AS final_participants,
                    (SELECT count(*) FROM indicator_practice WHERE organization_id = :o AND academic_year = :y) AS practices
                """)
                .param("o", organizationId).param("y", year.startYear())
                .query((rs, n) -> new IndicatorFigures(rs.getLong("in_pairs"), rs.getLong("participants"),
                        rs.getLong("mentors"), rs.getLong("staff"), rs.getLong("tasks_done"), rs.getLong("tasks_total"),
                        rs.getLong("forms"), rs.getLong("expected"), rs.getLong("final_attended"),
                        rs.getLong("final_participants"), rs.getLong("practices")))
                .single();
    }

    @Override
    public List<PairProgress> pairsOf(UUID organizationId, AcademicYear year) {
        return jdbc.sql("""
                SELECT p.pair_id, p.role_model, p.format, p.status,
                    (SELECT count(*) FROM indicator_pair_member m
                        WHERE m.pair_id = p.pair_id AND m.current AND m.side = 'MENTEE') AS mentees,
                    pr.done, pr.total, mt.held, mt.forms, mt.expected, mt.final_attended, mt.final_participants
                FROM indicator_pair p
                CROSS JOIN LATERAL (SELECT coalesce(sum(tasks_done), 0) AS done, coalesce(sum(tasks_total), 0) AS total
                    FROM indicator_programme WHERE pair_id = p.pair_id) pr
                CROSS JOIN LATERAL (SELECT count(*) AS held,
                        coalesce(sum(least(feedback_forms, attended)), 0) AS forms,
                        coalesce(sum(attended), 0) AS expected,
                        coalesce(sum(attended) FILTER (WHERE meeting_type = 'FINAL'), 0) AS final_attended,
                        coalesce(sum(participants) FILTER (WHERE meeting_type = 'FINAL'), 0) AS final_participants
                    FROM indicator_meeting WHERE pair_id = p.pair_id AND held) mt
                WHERE p.organization_id = ? AND p.academic_year = ?
                ORDER BY p.pair_id
                """)
                .params(organizationId, year.startYear())
                .query((rs, n) -> new PairProgress(rs.getObject("pair_id", UUID.class), rs.getString("role_model"),
                        rs.getString("format"), rs.getInt("mentees"), rs.getString("status"), rs.getLong("done"),
                        rs.getLong("total"), rs.getLong("held"), rs.getLong("forms"), rs.getLong("expected"),
                        rs.getLong("final_attended"), rs.getLong("final_participants")))
                .list();
    }

    @Override
    public Optional<Place> placeOf(UUID organizationId) {
        return jdbc.sql("""
                SELECT region_id, municipality_id FROM indicator_pair WHERE organization_id = :o
                UNION ALL SELECT region_id, municipality_id FROM indicator_participant WHERE organization_id = :o
                UNION ALL SELECT region_id, municipality_id FROM indicator_meeting WHERE organization_id = :o
                LIMIT 1
                """).param("o", organizationId)
                .query((rs, n) -> new Place(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), organizationId))
                .optional();
    }

    @Override
    public void clear() {
        jdbc.sql("""
                TRUNCATE indicator_participant, indicator_teaching_staff, indicator_pair, indicator_pair_member,
                    indicator_programme, indicator_meeting, indicator_practice
                """).update();
    }
}
