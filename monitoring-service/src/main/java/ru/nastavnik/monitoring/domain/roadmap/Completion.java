package ru.nastavnik.monitoring.domain.roadmap;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;

/**
 * How far a roadmap (or a sum of roadmaps) is done. {@code assessable} is ROADMAP_ON_TIME's denominator: items with
 * a due date, not cancelled, done or past their due date; {@code doneOnTime} its numerator.
 */
public record Completion(int items, int done, int doneOnTime, int overdue, int assessable) {

    public static final Completion NONE = new Completion(0, 0, 0, 0, 0);

    public static Completion of(Collection<RoadmapItem> items, LocalDate today) {
        int counted = 0, done = 0, onTime = 0, overdue = 0, assessable = 0;
        for (RoadmapItem item : items) {
            if (item.status() == ItemStatus.CANCELLED) {
                continue;
            }
            counted++;
            done += item.status() == ItemStatus.DONE ? 1 : 0;
            onTime += item.doneOnTime() ? 1 : 0;
            overdue += item.overdue(today) ? 1 : 0;
            assessable += item.assessable(today) ? 1 : 0;
        }
        return new Completion(counted, done, onTime, overdue, assessable);
    }

    public Completion plus(Completion other) {
        return new Completion(items + other.items, done + other.done, doneOnTime + other.doneOnTime,
                overdue + other.overdue, assessable + other.assessable);
    }

    /** Percent of assessable items done on time; null while nothing is assessable yet. */
    public BigDecimal shareOnTime() {
        return assessable == 0 ? null
                : BigDecimal.valueOf(doneOnTime * 100L).divide(BigDecimal.valueOf(assessable), 1, RoundingMode.HALF_UP);
    }
}
