package ru.nastavnik.monitoring.domain.roadmap;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A roadmap item's deadline as people write it («До 15.09.2023», «Май-июнь. Ежегодно», «По отдельному графику»),
 * normalized against the academic year, always keeping the original text.
 *
 * <ul>
 * <li>{@code DATE}: one day, {@code from == to};</li>
 * <li>{@code RANGE}: a period {@code from..to} (a month, «Май-июнь», «В течение учебного года», «2021-2024 гг.»);</li>
 * <li>{@code RECURRING}: repeats with {@code recurrence}; {@code from..to} is the window in the given academic
 * year (for «1 раз в квартал» the whole year);</li>
 * <li>{@code UNSCHEDULED}: no date can be derived («По отдельному графику»); {@code from} and {@code to} are null.</li>
 * </ul>
 */
public record Deadline(String original, Kind kind, LocalDate from, LocalDate to, Recurrence recurrence) {

    public enum Kind { DATE, RANGE, RECURRING, UNSCHEDULED }

    public enum Recurrence { NONE, YEARLY, QUARTERLY, MONTHLY, WEEKLY }

    public Deadline {
        original = original == null ? "" : original.strip();
        Objects.requireNonNull(kind, "kind");
        recurrence = recurrence == null ? Recurrence.NONE : recurrence;
        if (kind == Kind.UNSCHEDULED) {
            if (from != null || to != null) {
                throw new IllegalArgumentException("an unscheduled deadline has no dates");
            }
        } else {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("a deadline ends before it starts: " + original);
            }
        }
    }

    public static Deadline unscheduled(String original) {
        return new Deadline(original, Kind.UNSCHEDULED, null, null, Recurrence.NONE);
    }

    /** The last day the item may be done on, if the deadline has one: what «overdue» is measured against. */
    public LocalDate due() {
        return to;
    }
}
