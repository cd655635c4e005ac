package ru.nastavnik.participant.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * A criterion an organization selects mentors by («стаж не менее 5 лет»): required, or weighted 1–10.
 * The id is null for a shipped default not yet adopted by the organization.
 */
public record SelectionCriterion(UUID id, int position, String text, Integer weight, boolean required) {

    public static final int MAX_TEXT = 300;
    public static final int MIN_WEIGHT = 1;
    public static final int MAX_WEIGHT = 10;
    public static final int MAX_CRITERIA = 30;

    public SelectionCriterion {
        Objects.requireNonNull(text, "text");
        if (weight != null && (weight < MIN_WEIGHT || weight > MAX_WEIGHT)) {
            throw new IllegalArgumentException("weight out of range");
        }
    }
}
