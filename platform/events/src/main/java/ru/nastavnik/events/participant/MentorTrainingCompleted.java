package ru.nastavnik.events.participant;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import ru.nastavnik.events.EventType;
import ru.nastavnik.events.IntegrationEvent;
import ru.nastavnik.events.Topics;

/**
 * A mentor candidate completed a training (course, seminar, set-up session) and the organization's curator
 * recorded it. Carries no name and no certificate number: counts and hours only.
 */
@EventType(value = "ru.nastavnik.participant.mentor-training-completed.v1", topic = Topics.PARTICIPANT)
public record MentorTrainingCompleted(
        UUID personId,
        UUID organizationId,
        UUID municipalityId,
        UUID regionId,
        UUID trainingId,
        String courseTitle,
        int hours,
        LocalDate completedOn) implements IntegrationEvent {

    public MentorTrainingCompleted {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(municipalityId, "municipalityId");
        Objects.requireNonNull(regionId, "regionId");
        Objects.requireNonNull(trainingId, "trainingId");
        Objects.requireNonNull(courseTitle, "courseTitle");
        Objects.requireNonNull(completedOn, "completedOn");
    }

    @Override
    public String aggregateId() {
        return personId.toString();
    }
}
