package ru.nastavnik.participant.domain;

import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An academic year (учебный год) from 1 September to 31 August, written «2025/2026». */
public record AcademicYear(int startYear) {

    private static final Pattern TEXT = Pattern.compile("^(\\d{4})/(\\d{4})$");

    public static AcademicYear containing(LocalDate date) {
        return new AcademicYear(date.getMonth().compareTo(Month.SEPTEMBER) >= 0 ? date.getYear() : date.getYear() - 1);
    }

    /** Empty unless the text is «YYYY/YYYY» with consecutive years. */
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

    @Override
    public String toString() {
        return startYear + "/" + (startYear + 1);
    }
}
