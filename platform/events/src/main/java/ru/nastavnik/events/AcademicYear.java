package ru.nastavnik.events;

import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Shared by every context: an academic year, September to August, written «2025/2026»; {@code startYear} is 2025. */
public record AcademicYear(int startYear) implements Comparable<AcademicYear> {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})\\s*[/-]\\s*(\\d{4})");

    public static AcademicYear of(LocalDate date) {
        return new AcademicYear(date.getMonth().compareTo(Month.SEPTEMBER) >= 0 ? date.getYear() : date.getYear() - 1);
    }

    /** «2025/2026» or «2025-2026»; empty when the text is not two consecutive years. */
    public static Optional<AcademicYear> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = TEXT.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int start = Integer.parseInt(m.group(1));
        return Integer.parseInt(m.group(2)) == start + 1 ? Optional.of(new AcademicYear(start)) : Optional.empty();
    }

    /** The first day: 1 September of {@code startYear}. */
    public LocalDate firstDay() {
        return LocalDate.of(startYear, Month.SEPTEMBER, 1);
    }

    /** The last day: 31 August of the next calendar year. */
    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, Month.AUGUST, 31);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }

    public AcademicYear previous() {
        return new AcademicYear(startYear - 1);
    }

    public AcademicYear next() {
        return new AcademicYear(startYear + 1);
    }

    @Override
    public String toString() {
        return startYear + "/" + (startYear + 1);
    }

    @Override
    public int compareTo(AcademicYear other) {
        return Integer.compare(startYear, other.startYear);
    }
}
