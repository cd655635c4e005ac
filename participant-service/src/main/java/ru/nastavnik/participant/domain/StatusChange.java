package ru.nastavnik.participant.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import ru.nastavnik.events.participant.ParticipantStatus;

/**
 * Which status may follow which: a candidate is selected (ACTIVE) or leaves; an active person is paired, completes
 * or leaves; a pair may dissolve (back to ACTIVE); who completed may take part again next year; who left may return
 * as a candidate.
 */
public final class StatusChange {

    private static final Map<ParticipantStatus, Set<ParticipantStatus>> NEXT = Map.of(
            ParticipantStatus.CANDIDATE, EnumSet.of(ParticipantStatus.ACTIVE, ParticipantStatus.LEFT),
            ParticipantStatus.ACTIVE, EnumSet.of(ParticipantStatus.IN_PAIR, ParticipantStatus.COMPLETED, ParticipantStatus.LEFT),
            ParticipantStatus.IN_PAIR, EnumSet.of(ParticipantStatus.ACTIVE, ParticipantStatus.COMPLETED, ParticipantStatus.LEFT),
            ParticipantStatus.COMPLETED, EnumSet.of(ParticipantStatus.ACTIVE, ParticipantStatus.LEFT),
            ParticipantStatus.LEFT, EnumSet.of(ParticipantStatus.CANDIDATE));

    private StatusChange() {
    }

    public static boolean allowed(ParticipantStatus from, ParticipantStatus to) {
        return NEXT.get(from).contains(to);
    }

    public static Set<ParticipantStatus> next(ParticipantStatus from) {
        return NEXT.get(from);
    }

    /** Leaving needs a reason in the record (moved, maternity leave, refused…). */
    public static boolean needsReason(ParticipantStatus to) {
        return to == ParticipantStatus.LEFT;
    }
}
