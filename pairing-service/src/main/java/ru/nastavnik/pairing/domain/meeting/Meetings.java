package ru.nastavnik.pairing.domain.meeting;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Meetings of pairs, their attendance and feedback forms. */
public interface Meetings {

    void add(Meeting meeting);

    Optional<Meeting> meeting(UUID id);

    /** The pair's meetings, oldest first. */
    List<Meeting> ofPair(UUID pairId);

    /** Adds the form; false if the person already gave one for the meeting. */
    boolean addFeedback(Feedback feedback);

    List<Feedback> feedbackOf(UUID meetingId);

    List<Feedback> feedbackOfPair(UUID pairId);

    /** Start of the pair's latest held meeting. */
    Optional<Instant> lastHeldOf(UUID pairId);

    /** Held meetings the person attended and gave no feedback for, oldest first. */
    List<Meeting> awaitingFeedbackFrom(UUID personId);

    /** Held meetings of the organization (or all, if null) that started before the moment and lack someone's feedback. */
    List<Meeting> withMissingFeedback(UUID organizationId, Instant startedBefore);

    /** Those present at the meeting who gave no feedback. */
    List<UUID> missingFeedback(UUID meetingId);
}
