package ru.nastavnik.pairing.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import ru.nastavnik.events.pairing.MeetingType;
import ru.nastavnik.pairing.domain.meeting.Attendance;
import ru.nastavnik.pairing.domain.meeting.IcsCalendar;
import ru.nastavnik.pairing.domain.meeting.Meeting;

/** A meeting with whose feedback is still missing: a meeting with any is outstanding. */
public record MeetingView(UUID id, UUID pairId, MeetingType type, String title, Instant startsAt, Instant endsAt,
        int durationMinutes, String place, String link, String notes, boolean held, List<Attendance> attendance,
        List<UUID> feedbackMissingFrom, boolean outstanding, String calendarUrl) {

    static MeetingView of(Meeting m, List<UUID> missing) {
        return new MeetingView(m.id(), m.pairId(), m.type(), IcsCalendar.summaryOf(m.type()),
                m.startsAt(), m.endsAt(), m.durationMinutes(), m.place(), m.link(), m.notes(), m.held(), m.attendance(),
                missing, !missing.isEmpty(), "/api/pairing/meetings/" + m.id() + ".ics");
    }
}
