package ru.nastavnik.participant.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import ru.nastavnik.platform.problem.Problems;

/**
 * Dates of things that already happened — a consent signed or withdrawn, an interview, a course completed: ISO text,
 * not before 2000 (no programme of the target model is older) and not in the future.
 */
final class PastDates {

    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

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
        } else if (date.isAfter(LocalDate.now(clock))) {
            violations.add(new Problems.FieldError(field, "не может быть в будущем"));
        }
        return date;
    }
}
