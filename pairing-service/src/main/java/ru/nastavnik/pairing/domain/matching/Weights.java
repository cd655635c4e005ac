package ru.nastavnik.pairing.domain.matching;

import java.util.EnumMap;
import java.util.Map;

/** The curator's weights, points each criterion adds when fully met (0–100 each). */
public record Weights(Map<Criterion, Integer> points) {

    public static final int MAX_POINTS = 100;

    public Weights {
        EnumMap<Criterion, Integer> copy = new EnumMap<>(Criterion.class);
        for (Criterion criterion : Criterion.values()) {
            int value = points.getOrDefault(criterion, 0);
            if (value < 0 || value > MAX_POINTS) {
                throw new IllegalArgumentException(criterion + " weight out of 0..100");
            }
            copy.put(criterion, value);
        }
        points = Map.copyOf(copy);
    }

    /** Competence first, then the mentee's and mentor's own choices, then the rest. */
    public static Weights standard() {
        return new Weights(Map.of(Criterion.COMPETENCY_COVERAGE, 40, Criterion.MUTUAL_CHOICE, 20,
                Criterion.SHARED_SUBJECT, 15, Criterion.EXPERIENCE_GAP, 10, Criterion.SAME_ORGANIZATION, 10,
                Criterion.MENTORING_FORM, 5, Criterion.EARLIER_ROUND_PRIORITY, 15));
    }

    public int of(Criterion criterion) {
        return points.get(criterion);
    }
}
