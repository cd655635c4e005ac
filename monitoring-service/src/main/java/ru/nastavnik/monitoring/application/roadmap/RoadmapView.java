package ru.nastavnik.monitoring.application.roadmap;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import ru.nastavnik.monitoring.domain.roadmap.Completion;
import ru.nastavnik.monitoring.domain.roadmap.Deadline;
import ru.nastavnik.monitoring.domain.roadmap.EvidenceFile;

/** A roadmap as the editor shows it: items with their overdue flag and bound indicator's current value. */
public record RoadmapView(UUID id, String ownerLevel, UUID ownerId, String ownerName, String academicYear, String title,
        int version, Instant updatedAt, boolean editable, CompletionView completion, List<ItemView> items) {

    public record ItemView(UUID id, UUID parentId, String number, int depth, String stage, String activities,
            Deadline deadline, LocalDate due, String responsible, String responsibleMunicipal, String expectedResult,
            String indicatorText, String kpi, String kpiTitle, KpiValue kpiValue, String status, LocalDate doneOn,
            boolean overdue, boolean doneOnTime, boolean recurring, String evidenceLink, EvidenceFile evidenceFile) {
    }

    /** An indicator's current figure for the roadmap's owner; {@code percent} for share indicators. */
    public record KpiValue(long numerator, long denominator, BigDecimal percent, BigDecimal target) {
    }

    public record CompletionView(int items, int done, int doneOnTime, int overdue, int assessable,
            BigDecimal shareOnTime) {

        public static CompletionView of(Completion c) {
            return new CompletionView(c.items(), c.done(), c.doneOnTime(), c.overdue(), c.assessable(), c.shareOnTime());
        }
    }

    /** A line of a list of roadmaps. */
    public record Summary(UUID id, String ownerLevel, UUID ownerId, String ownerName, String academicYear, String title,
            int version, CompletionView completion) {
    }
}
