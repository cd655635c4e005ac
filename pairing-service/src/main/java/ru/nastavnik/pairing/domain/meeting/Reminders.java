package ru.nastavnik.pairing.domain.meeting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What reminders were sent, so that each goes out once per subject and period; and where to look for pairs. */
public interface Reminders {

    /** Records the reminder; false if it was already sent. */
    boolean markSent(String kind, UUID subjectId, String period, Instant at);

    /** Every organization pairing knows. */
    List<UUID> organizations();
}
