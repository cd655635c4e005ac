package ru.nastavnik.events.pairing;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import ru.nastavnik.events.EventType;
import ru.nastavnik.events.IntegrationEvent;
import ru.nastavnik.events.Topics;

/**
 * A meeting held long enough ago still lacks the feedback form of some participants: whom to remind. Sent once per
 * meeting. Ids only.
 */
@EventType(value = "ru.nastavnik.pairing.feedback-reminder-due.v1", topic = Topics.PAIRING)
public record FeedbackReminderDue(
        UUID meetingId,
        UUID pairId,
        UUID organizationId,
        List<UUID> personIds) implements IntegrationEvent {

    public FeedbackReminderDue {
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(pairId, "pairId");
        Objects.requireNonNull(organizationId, "organizationId");
        personIds = personIds == null ? List.of() : List.copyOf(personIds);
    }

    @Override
    public String aggregateId() {
        return pairId.toString();
    }
}
