package ru.nastavnik.participant.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Selection criteria, selections, trainings and teaching staff counts of mentor selection and training. */
public interface MentorSelections {

    List<SelectionCriterion> criteriaOf(UUID organizationId);

    /** The shipped defaults (ids null). */
    List<SelectionCriterion> defaultCriteria();

    /** Keeps the criteria with the given ids (updated), adds those without, removes the rest (and their marks). */
    void replaceCriteria(UUID organizationId, List<SelectionCriterion> criteria);

    Optional<MentorSelection> selectionOf(UUID personId);

    void saveSelection(MentorSelection selection);

    /** Selections of the organization's people, by person. */
    Map<UUID, MentorSelection> selectionsOfOrganization(UUID organizationId);

    List<MentorTraining> trainingsOf(UUID personId);

    /** False if the person already has a training of that course on that date. */
    boolean addTraining(MentorTraining training);

    /** False if there is no such (not deleted) training of the person. */
    boolean deleteTraining(UUID personId, UUID trainingId, String by, String reason);

    /** Number of (not deleted) trainings of each of the organization's people that has any. */
    Map<UUID, Long> trainingCountsOfOrganization(UUID organizationId);

    /** Mentor candidates of the organization who are selected and trained or confirmed. */
    long countReady(UUID organizationId);

    void recordTeachingStaff(TeachingStaffCount count);

    /** The latest recording for the academic year. */
    Optional<TeachingStaffCount> teachingStaff(UUID organizationId, String academicYear);

    /** Every recording, newest first. */
    List<TeachingStaffCount> teachingStaffHistory(UUID organizationId);

    /**
     * Erases free text about the person (interview notes, reasons) and certificate numbers; keeps decisions, hours and
     * dates for the counts.
     */
    void erasePersonalData(UUID personId);
}
