package ru.nastavnik.participant.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

import ru.nastavnik.platform.problem.Problems;

/**
 * Dates of things that already happened — a consent signed or withdrawn, an interview, a course completed: ISO text,
 * not before 2000 (no programme of the target model is older) and not in the future.
 */
final class PastDates {

    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    /**
     * Kamchatka and Chukotka, Russia's easternmost time (UTC+12). The service's clock runs in UTC, but a curator types
     * the date of their own region: just after midnight in Moscow (21:00 UTC) "today" is already a day ahead of UTC.
     * A date is in the future only when it is after today everywhere in Russia.
     */
    private static final ZoneOffset EASTERNMOST = ZoneOffset.ofHours(12);

    private PastDates() {
    }

    /** The date, or null with the reason added to {@code violations}. */
    static LocalDate parse(String text, String field, List<Problems.FieldError> violations, Clock clock) {
        if (text == null || text.isBlank()) {
            violations.add(new Problems.FieldError(field, "обязательное поле"));
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            violations.add(new Problems.FieldError(field, "дата в формате ГГГГ-ММ-ДД"));
            return null;
        }
        if (date.isBefore(EARLIEST)) {
            violations.add(new Problems.FieldError(field, "не раньше 01.01.2000"));
        } else if (isFuture(date, clock)) {
            violations.add(new Problems.FieldError(field, "не может быть в будущем"));
        }
        return date;
    }

    /** Whether the day has not begun yet anywhere in Russia (see {@link #EASTERNMOST}). */
    static boolean isFuture(LocalDate date, Clock clock) {
        return date.isAfter(LocalDate.now(clock.withZone(EASTERNMOST)));
    }
}
