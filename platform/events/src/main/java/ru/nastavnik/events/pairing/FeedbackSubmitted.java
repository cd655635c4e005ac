package ru.nastavnik.events.pairing;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import ru.nastavnik.events.EventType;
import ru.nastavnik.events.IntegrationEvent;
import ru.nastavnik.events.Topics;

/**
 * A participant present at a held meeting filled in the feedback form (анкета обратной связи). Carries the meeting's
 * start, so a consumer can place it in an academic year without having seen the meeting, and the respondent's side
 * (MENTOR or MENTEE); neither the respondent's id nor a word of the form travels: monitoring counts forms, it does
 * not read them. Keyed by the pair, after the pair's MeetingHeld.
 */
@EventType(value = "ru.nastavnik.pairing.feedback-submitted.v1", topic = Topics.PAIRING)
public record FeedbackSubmitted(
        UUID meetingId,
        UUID pairId,
        UUID organizationId,
        UUID municipalityId,
        UUID regionId,
        MeetingType meetingType,
        Instant meetingStartsAt,
        String respondentSide) implements IntegrationEvent {

    public FeedbackSubmitted {
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(pairId, "pairId");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(municipalityId, "municipalityId");
        Objects.requireNonNull(regionId, "regionId");
        Objects.requireNonNull(meetingType, "meetingType");
        Objects.requireNonNull(meetingStartsAt, "meetingStartsAt");
        Objects.requireNonNull(respondentSide, "respondentSide");
    }

    @Override
    public String aggregateId() {
        return pairId.toString();
    }
}
