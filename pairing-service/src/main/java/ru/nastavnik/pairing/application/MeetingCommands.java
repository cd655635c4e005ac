package ru.nastavnik.pairing.application;

import java.util.List;
import java.util.UUID;

/** What callers send about meetings. */
public final class MeetingCommands {

    private MeetingCommands() {
    }

    public record AttendanceInput(UUID personId, Boolean present) {
    }

    /**
     * A meeting: {@code startsAt} ISO date-time, with an offset or local Moscow time; a place or an online link (or
     * both); attendance of the members once it took place (empty for a planned meeting).
     */
    public record RecordMeeting(String type, String startsAt, Integer durationMinutes, String place, String link,
            List<AttendanceInput> attendance, String notes) {
    }

    public record GiveFeedback(Integer usefulness, String wentWell, String difficulties, String nextSteps) {
    }
}
