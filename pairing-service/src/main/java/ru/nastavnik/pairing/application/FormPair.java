package ru.nastavnik.pairing.application;

import java.util.List;
import java.util.UUID;

/** What the curator sends to form a pair or group: any field may be missing or wrong until checked. */
public record FormPair(UUID mentorId, List<UUID> menteeIds, String roleModel, String format, String startsOn,
        String endsOn) {
}
