package ru.nastavnik.pairing.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import ru.nastavnik.events.pairing.MentoringFormat;
import ru.nastavnik.events.pairing.RoleModel;

/**
 * A mentoring pair (one mentee) or group (several mentees with one mentor, format GROUP): one form of mentoring,
 * start and end dates, a status. {@code menteeIds} are the current members. {@code version} guards concurrent edits.
 */
public record Pair(UUID id, UUID organizationId, UUID municipalityId, UUID regionId, UUID mentorId, List<UUID> menteeIds,
        RoleModel roleModel, MentoringFormat format, LocalDate startsOn, LocalDate endsOn, PairStatus status,
        String formedBy, Instant formedAt, int version) {

    public Pair {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(mentorId, "mentorId");
        Objects.requireNonNull(roleModel, "roleModel");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(startsOn, "startsOn");
        Objects.requireNonNull(endsOn, "endsOn");
        menteeIds = List.copyOf(menteeIds);
        if (endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("endsOn before startsOn");
        }
    }

    public boolean isGroup() {
        return format == MentoringFormat.GROUP;
    }
}
