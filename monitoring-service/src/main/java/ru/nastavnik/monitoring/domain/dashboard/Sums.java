package ru.nastavnik.monitoring.domain.dashboard;

/**
 * The facts of one indicator added up over the organizations of a unit: {@code organizations} is how many fact rows
 * went into the sums, so that a count indicator with no rows (no data) differs from one counted as zero.
 */
public record Sums(long numerator, long denominator, int organizations) {

    public static final Sums NONE = new Sums(0, 0, 0);
}
