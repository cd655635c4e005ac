package ru.nastavnik.monitoring.domain.indicator;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import ru.nastavnik.events.AcademicYear;
import ru.nastavnik.platform.security.Place;

/**
 * What the event-fed indicators are computed from: the banks' programme participants, teaching staff per year, pairs
 * and their members, programmes' progress, held meetings with their feedback forms, published practices. Callers
 * apply each event once; the writes are also safe to repeat (upserts and state guards), and every figure is
 * recomputed from these rows, so the order in which different aggregates' events arrive does not matter.
 */
public interface IndicatorSources {

    /** Records a programme participant; returns the organization they belonged to before, if it was another. */
    Optional<Place> participant(UUID personId, Place place, String programmeRole, boolean left);

    void teachingStaff(UUID organizationId, AcademicYear year, int teachingStaff);

    /** A new pair of the academic year with its mentor and mentees as current members. */
    void pairFormed(UUID pairId, Place place, AcademicYear year, String roleModel, String format, UUID mentorId,
            List<UUID> menteeIds);

    /** The pair's academic year; a pair not seen before is recorded as active in {@code fallback}. */
    AcademicYear pairYear(UUID pairId, Place place, AcademicYear fallback);

    /** The pair's academic year, if the pair is known; reads only. */
    Optional<AcademicYear> pairYearOf(UUID pairId);

    /** Replaces one member by another on the same side; the one leaving is kept as a former member. */
    void memberReplaced(UUID pairId, UUID leaving, UUID joining, String side);

    /** DISSOLVED or COMPLETED; a completed pair is never turned into a dissolved one. */
    void pairEnded(UUID pairId, String status);

    /** Approval fixes the programme's academic year and its task count; returns the programme's year. */
    AcademicYear programmeApproved(UUID programmeId, UUID pairId, Place place, AcademicYear year, int taskCount);

    /**
     * The programme's latest progress; a completed programme's figures are final. A programme not seen before is
     * placed in {@code year}. Returns the programme's year.
     */
    AcademicYear programmeProgress(UUID programmeId, UUID pairId, Place place, AcademicYear year, int tasksDone,
            int tasksTotal, boolean completed);

    /** The programme's academic year, if the programme is known; reads only. */
    Optional<AcademicYear> programmeYearOf(UUID programmeId);

    void meetingHeld(UUID meetingId, UUID pairId, Place place, AcademicYear year, String type, int attended,
            int participants);

    /** Counts {@code forms} more feedback forms of the meeting (a meeting not seen yet is recorded as not held). */
    void feedbackSubmitted(UUID meetingId, UUID pairId, Place place, AcademicYear year, String type, int forms);

    /** Counts a practice once, in the year of its earliest publication; returns that year. */
    AcademicYear practicePublished(UUID practiceId, Place place, AcademicYear year);

    /** The academic year the practice counts in, if it is known; reads only. */
    Optional<AcademicYear> practiceYearOf(UUID practiceId);

    /** The academic years the organization has pairs, programmes, meetings, staff counts or practices in. */
    Set<AcademicYear> yearsOf(UUID organizationId);

    IndicatorFigures figures(UUID organizationId, AcademicYear year);

    /** The pairs and groups of the organization that started in the academic year, in a stable order. */
    List<PairProgress> pairsOf(UUID organizationId, AcademicYear year);

    /** Where the organization sits, as far as these rows know it. */
    Optional<Place> placeOf(UUID organizationId);

    /** Forgets everything: the first step of a rebuild from the topics. */
    void clear();
}
