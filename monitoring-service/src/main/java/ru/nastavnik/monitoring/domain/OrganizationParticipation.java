package ru.nastavnik.monitoring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;

/**
 * How many people an organization has registered for the mentoring programme, by role; its teaching staff in the
 * latest academic year announced (null until announced) and how many mentor candidates are ready.
 */
public record OrganizationParticipation(UUID organizationId, UUID municipalityId, UUID regionId,
        String organizationName, int mentorCandidates, int menteeCandidates, Integer teachingStaff,
        String teachingStaffAcademicYear, int readyMentors) {

    public int participants() {
        return mentorCandidates + menteeCandidates;
    }

    /** Mentor candidates as a percentage of the teaching staff, one decimal; null without a staff count. */
    public BigDecimal mentorsShareOfTeachingStaff() {
        return teachingStaff == null || teachingStaff <= 0 ? null
                : BigDecimal.valueOf(mentorCandidates * 100L).divide(BigDecimal.valueOf(teachingStaff), 1, RoundingMode.HALF_UP);
    }
}
