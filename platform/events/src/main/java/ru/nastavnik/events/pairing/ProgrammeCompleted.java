package ru.nastavnik.events.pairing;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import ru.nastavnik.events.EventType;
import ru.nastavnik.events.IntegrationEvent;
import ru.nastavnik.events.Topics;

/**
 * A pair's programme was completed: its results for monitoring (tasks done of all, the share done against the
 * 90 % target, the final self-assessment scores 1–10 of the mentor and of each mentee) and the curator's summary
 * of results written for publication as a practice candidate. No names: the summary is the curator's text about
 * the practice, the scores travel with the person's id and role only. The members (mentor and mentees, ids only)
 * travel too, so monitoring can open the end-of-programme surveys; events written before they were added decode
 * with a null mentor and no mentees.
 */
@EventType(value = "ru.nastavnik.pairing.programme-completed.v1", topic = Topics.PAIRING)
public record ProgrammeCompleted(
        UUID programmeId,
        UUID pairId,
        UUID organizationId,
        UUID municipalityId,
        UUID regionId,
        RoleModel roleModel,
        MentoringFormat format,
        LocalDate completedOn,
        int tasksDone,
        int tasksTotal,
        double shareDone,
        boolean targetReached,
        int meetingsHeld,
        List<Score> selfAssessments,
        String resultsSummary,
        UUID mentorId,
        List<UUID> menteeIds) implements IntegrationEvent {

    public ProgrammeCompleted {
        Objects.requireNonNull(programmeId, "programmeId");
        Objects.requireNonNull(pairId, "pairId");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(municipalityId, "municipalityId");
        Objects.requireNonNull(regionId, "regionId");
        Objects.requireNonNull(roleModel, "roleModel");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(completedOn, "completedOn");
        Objects.requireNonNull(resultsSummary, "resultsSummary");
        selfAssessments = selfAssessments == null ? List.of() : List.copyOf(selfAssessments);
        menteeIds = menteeIds == null ? List.of() : List.copyOf(menteeIds);
    }

    @Override
    public String aggregateId() {
        return pairId.toString();
    }

    /** One participant's final self-assessment score; {@code side} is MENTOR or MENTEE. */
    public record Score(UUID personId, String side, int score) {

        public Score {
            Objects.requireNonNull(personId, "personId");
            Objects.requireNonNull(side, "side");
        }
    }
}
