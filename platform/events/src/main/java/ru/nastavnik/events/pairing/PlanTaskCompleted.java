package ru.nastavnik.events.pairing;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import ru.nastavnik.events.EventType;
import ru.nastavnik.events.IntegrationEvent;
import ru.nastavnik.events.Topics;

/**
 * A task of a pair's programme was done: when, and the programme's progress after it (done of all tasks).
 * Ids only. Keyed by the pair.
 */
@EventType(value = "ru.nastavnik.pairing.plan-task-completed.v1", topic = Topics.PAIRING)
public record PlanTaskCompleted(
        UUID programmeId,
        UUID taskId,
        UUID pairId,
        UUID organizationId,
        UUID municipalityId,
        UUID regionId,
        LocalDate deadline,
        LocalDate doneOn,
        boolean onTime,
        int tasksDone,
        int tasksTotal) implements IntegrationEvent {

    public PlanTaskCompleted {
        Objects.requireNonNull(programmeId, "programmeId");
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(pairId, "pairId");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(municipalityId, "municipalityId");
        Objects.requireNonNull(regionId, "regionId");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(doneOn, "doneOn");
    }

    @Override
    public String aggregateId() {
        return pairId.toString();
    }
}
