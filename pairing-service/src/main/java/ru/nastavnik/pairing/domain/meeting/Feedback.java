package ru.nastavnik.pairing.domain.meeting;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A participant's feedback form (анкета обратной связи) after a meeting. */
public record Feedback(UUID meetingId, UUID personId, int usefulness, String wentWell, String difficulties,
        String nextSteps, Instant submittedAt) {

    public Feedback {
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(submittedAt, "submittedAt");
        if (usefulness < 1 || usefulness > 10) {
            throw new IllegalArgumentException("usefulness 1–10");
        }
    }
}
