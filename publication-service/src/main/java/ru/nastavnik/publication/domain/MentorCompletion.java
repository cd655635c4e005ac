package ru.nastavnik.publication.domain;

import java.time.LocalDate;
import java.util.UUID;

import ru.nastavnik.events.AcademicYear;

/**
 * A mentor completed a programme (pairing-service's ProgrammeCompleted): who (an id only, the name stays in
 * participant-service), where and in which academic year — the people a thank-you letter may go to.
 */
public record MentorCompletion(UUID programmeId, UUID mentorId, UUID organizationId, UUID municipalityId, UUID regionId,
        LocalDate completedOn) {

    public AcademicYear year() {
        return AcademicYear.of(completedOn);
    }
}
