package ru.nastavnik.pairing.application;

import java.time.Instant;
import java.util.UUID;

/**
 * Something the caller should do: FEEDBACK (leave your feedback on a meeting), FEEDBACK_OUTSTANDING (a curator: a
 * meeting of your organization lacks feedback) or PAIR_INACTIVE (a curator: a pair had no meeting for too long).
 */
public record Todo(String kind, String title, UUID pairId, UUID meetingId, Instant since) {
}
