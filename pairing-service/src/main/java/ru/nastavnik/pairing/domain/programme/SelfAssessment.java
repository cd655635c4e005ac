package ru.nastavnik.pairing.domain.programme;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A participant's final self-assessment of the programme: 1–10 and a text. */
public record SelfAssessment(UUID personId, Side side, int score, String text, Instant submittedAt) {

    public SelfAssessment {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(text, "text");
        if (score < 1 || score > 10) {
            throw new IllegalArgumentException("score 1–10");
        }
    }
}
