package ru.nastavnik.monitoring.domain.roadmap;

import java.time.LocalDate;
import java.time.Month;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ru.nastavnik.events.AcademicYear;

/**
 * Deadlines built from what the editor and the templates know (dates, a month, the academic year), not parsed from
 * text: reading Russian deadline text is the importer's job.
 */
public final class Deadlines {

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(20\\d\\d)(?!\\d)");

    private Deadlines() {
    }

    /** A day of the academic year: September–December fall in its first calendar year, January–August in the second. */
    public static LocalDate dayOf(AcademicYear year, Month month, int day) {
        int calendarYear = month.compareTo(Month.SEPTEMBER) >= 0 ? year.startYear() : year.startYear() + 1;
        return LocalDate.of(calendarYear, month, Math.min(day, month.length(java.time.Year.isLeap(calendarYear))));
    }

    public static Deadline byDay(String original, AcademicYear year, Month month, int day) {
        LocalDate date = dayOf(year, month, day);
        return new Deadline(original, Deadline.Kind.DATE, date, date, Deadline.Recurrence.NONE);
    }

    /** From the first day of {@code first} to the last of {@code last}, optionally repeating every year. */
    public static Deadline months(String original, AcademicYear year, Month first, Month last, boolean yearly) {
        LocalDate from = dayOf(year, first, 1);
        LocalDate to = dayOf(year, last, 31);
        return new Deadline(original, yearly ? Deadline.Kind.RECURRING : Deadline.Kind.RANGE, from, to,
                yearly ? Deadline.Recurrence.YEARLY : Deadline.Recurrence.NONE);
    }

    public static Deadline wholeYear(String original, AcademicYear year) {
        return new Deadline(original, Deadline.Kind.RANGE, year.firstDay(), year.lastDay(), Deadline.Recurrence.NONE);
    }

    public static Deadline quarterly(String original, AcademicYear year) {
        return new Deadline(original, Deadline.Kind.RECURRING, year.firstDay(), year.lastDay(),
                Deadline.Recurrence.QUARTERLY);
    }

    /**
     * What the editor sends: no dates is unscheduled; one date (or equal ones) a day; two a period; a recurrence
     * makes it recurring within those dates.
     */
    public static Deadline of(String original, LocalDate from, LocalDate to, Deadline.Recurrence recurrence) {
        Deadline.Recurrence repeat = recurrence == null ? Deadline.Recurrence.NONE : recurrence;
        if (from == null && to == null) {
            return new Deadline(original, Deadline.Kind.UNSCHEDULED, null, null, Deadline.Recurrence.NONE);
        }
        LocalDate start = from == null ? to : from;
        LocalDate end = to == null ? from : to;
        Deadline.Kind kind = repeat != Deadline.Recurrence.NONE ? Deadline.Kind.RECURRING
                : start.equals(end) ? Deadline.Kind.DATE : Deadline.Kind.RANGE;
        String text = original == null || original.isBlank() ? defaultText(start, end) : original;
        return new Deadline(text, kind, start, end, repeat);
    }

    /**
     * One year later, for carrying a roadmap over: the dates move by a year, and so do the years written in the
     * text («До 15.09.2025» becomes «До 15.09.2026») so the text keeps agreeing with the dates.
     */
    public static Deadline shiftedOneYear(Deadline deadline) {
        Matcher m = YEAR.matcher(deadline.original());
        StringBuilder text = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(text, String.valueOf(Integer.parseInt(m.group(1)) + 1));
        }
        m.appendTail(text);
        if (deadline.kind() == Deadline.Kind.UNSCHEDULED) {
            return Deadline.unscheduled(text.toString());
        }
        return new Deadline(text.toString(), deadline.kind(), deadline.from().plusYears(1), deadline.to().plusYears(1),
                deadline.recurrence());
    }

    private static String defaultText(LocalDate from, LocalDate to) {
        java.time.format.DateTimeFormatter f = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");
        return from.equals(to) ? "До " + f.format(to) : f.format(from) + " – " + f.format(to);
    }
}
