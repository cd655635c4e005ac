package ru.nastavnik.pairing.domain.meeting;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import ru.nastavnik.events.pairing.MeetingType;

/**
 * A meeting of a pair or group: type, start and duration, a place or an online link, notes, and, once it took place
 * ({@code held}), who of the members attended.
 */
public record Meeting(UUID id, UUID pairId, UUID organizationId, MeetingType type, Instant startsAt, int durationMinutes,
        String place, String link, String notes, boolean held, List<Attendance> attendance, String recordedBy,
        Instant recordedAt) {

    public Meeting {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(pairId, "pairId");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(startsAt, "startsAt");
        attendance = List.copyOf(attendance);
    }

    public Instant endsAt() {
        return startsAt.plus(Duration.ofMinutes(durationMinutes));
    }

    /** Those who attended: each owes a feedback form. */
    public List<Attendance> present() {
        return attendance.stream().filter(Attendance::present).toList();
    }
}
