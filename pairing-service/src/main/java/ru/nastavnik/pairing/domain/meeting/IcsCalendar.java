package ru.nastavnik.pairing.domain.meeting;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import ru.nastavnik.events.pairing.MeetingType;

/**
 * A meeting as an iCalendar file (RFC 5545): one VEVENT with UID, DTSTAMP, DTSTART and DTEND in UTC, a Russian
 * SUMMARY, LOCATION and URL. TEXT values escape backslashes, commas, semicolons and line breaks (3.3.11); lines end
 * with CRLF and are folded at 75 octets without splitting a UTF-8 character (3.1).
 */
public final class IcsCalendar {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private IcsCalendar() {
    }

    public static String summaryOf(MeetingType type) {
        return switch (type) {
            case ACQUAINTANCE -> "Встреча-знакомство";
            case TRIAL -> "Пробная встреча";
            case PLANNING -> "Встреча-планирование";
            case WORKING -> "Рабочая встреча";
            case FINAL -> "Итоговая встреча";
        };
    }

    public static String of(Meeting meeting, Instant stamp) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Nastavnik//Pairing//RU");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "BEGIN:VEVENT");
        line(out, "UID:" + meeting.id() + "@nastavnik.ru");
        line(out, "DTSTAMP:" + UTC.format(stamp.truncatedTo(ChronoUnit.SECONDS)));
        line(out, "DTSTART:" + UTC.format(meeting.startsAt().truncatedTo(ChronoUnit.SECONDS)));
        line(out, "DTEND:" + UTC.format(meeting.endsAt().truncatedTo(ChronoUnit.SECONDS)));
        line(out, "SUMMARY:" + text(summaryOf(meeting.type()) + " наставнической пары"));
        if (meeting.place() != null && !meeting.place().isBlank()) {
            line(out, "LOCATION:" + text(meeting.place()));
        } else if (meeting.link() != null) {
            line(out, "LOCATION:" + text("Онлайн"));
        }
        if (meeting.link() != null && !meeting.link().isBlank()) {
            line(out, "URL:" + meeting.link());
        }
        line(out, "END:VEVENT");
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** A TEXT value escaped per RFC 5545 3.3.11. */
    public static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Appends the content line folded at 75 octets: continuation lines start with one space. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
