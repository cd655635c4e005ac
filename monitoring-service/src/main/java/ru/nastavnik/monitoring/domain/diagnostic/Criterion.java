package ru.nastavnik.monitoring.domain.diagnostic;

/** One line of a form, scored 1–10. The code is stable across versions so rounds can be compared. */
public record Criterion(String code, String title, Scale scale) {

    public static final int MIN_SCORE = 1;
    public static final int MAX_SCORE = 10;
}
