package ru.nastavnik.monitoring.domain.dashboard;

import java.util.List;

/** An indicator's figure in the chosen year and its values in up to four earlier years that have data, oldest first. */
public record Reading(Figure figure, List<TrendPoint> trend) {

    public Reading {
        trend = List.copyOf(trend);
    }

    /** The latest earlier year's point, for «compared with last year» in reports; null when there is none. */
    public TrendPoint previous() {
        return trend.isEmpty() ? null : trend.get(trend.size() - 1);
    }
}
