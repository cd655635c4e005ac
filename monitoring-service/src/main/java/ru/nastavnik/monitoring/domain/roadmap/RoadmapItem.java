package ru.nastavnik.monitoring.domain.roadmap;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import ru.nastavnik.monitoring.domain.indicator.Indicator;

/**
 * One row of a roadmap. {@code number} is derived from the item's place in the tree ({@link Roadmap} renumbers on
 * every change), never typed in. {@code kpi} optionally binds the item to a live indicator whose current figure the
 * editor shows beside the written {@code indicatorText}.
 */
public record RoadmapItem(UUID id, UUID parentId, String number, String stage, String activities, Deadline deadline,
        String responsible, String responsibleMunicipal, String expectedResult, String indicatorText, Indicator kpi,
        ItemStatus status, LocalDate doneOn, boolean recurring, String evidenceLink, EvidenceFile evidenceFile) {

    public RoadmapItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(status, "status");
        number = number == null ? "" : number;
        stage = blankToEmpty(stage);
        activities = blankToEmpty(activities);
        responsible = blankToEmpty(responsible);
        responsibleMunicipal = blankToEmpty(responsibleMunicipal);
        expectedResult = blankToEmpty(expectedResult);
        indicatorText = blankToEmpty(indicatorText);
        if (status == ItemStatus.DONE) {
            Objects.requireNonNull(doneOn, "a done item has a done date");
        } else {
            doneOn = null;
        }
    }

    /** The last day the item may be done on; null when its deadline has no date. */
    public LocalDate due() {
        return deadline.due();
    }

    /** Due date passed and still not done or cancelled. */
    public boolean overdue(LocalDate today) {
        return !status.closed() && due() != null && due().isBefore(today);
    }

    /** Done on or before a due date. */
    public boolean doneOnTime() {
        return status == ItemStatus.DONE && due() != null && !doneOn.isAfter(due());
    }

    /** Counts in ROADMAP_ON_TIME's denominator: scheduled, not cancelled, and either done or past its due date. */
    public boolean assessable(LocalDate today) {
        return status != ItemStatus.CANCELLED && due() != null && (status == ItemStatus.DONE || due().isBefore(today));
    }

    public int depth() {
        return number.isEmpty() ? 1 : number.split("\\.").length;
    }

    RoadmapItem numbered(String newNumber, UUID newParent) {
        return new RoadmapItem(id, newParent, newNumber, stage, activities, deadline, responsible, responsibleMunicipal,
                expectedResult, indicatorText, kpi, status, doneOn, recurring, evidenceLink, evidenceFile);
    }

    public RoadmapItem withStatus(ItemStatus newStatus, LocalDate newDoneOn) {
        return new RoadmapItem(id, parentId, number, stage, activities, deadline, responsible, responsibleMunicipal,
                expectedResult, indicatorText, kpi, newStatus, newDoneOn, recurring, evidenceLink, evidenceFile);
    }

    public RoadmapItem withEvidence(String link, EvidenceFile file) {
        return new RoadmapItem(id, parentId, number, stage, activities, deadline, responsible, responsibleMunicipal,
                expectedResult, indicatorText, kpi, status, doneOn, recurring, link, file);
    }

    /** The same item's content with another item's identity, place, status and evidence: an edit. */
    public RoadmapItem editedAs(RoadmapItem content) {
        return new RoadmapItem(id, parentId, number, content.stage, content.activities, content.deadline,
                content.responsible, content.responsibleMunicipal, content.expectedResult, content.indicatorText,
                content.kpi, status, doneOn, content.recurring, evidenceLink, evidenceFile);
    }

    /** Next year's copy: a new id, deadline one year later, planned again, no evidence. */
    public RoadmapItem carriedOver(UUID newId, UUID newParent) {
        return new RoadmapItem(newId, newParent, number, stage, activities, Deadlines.shiftedOneYear(deadline),
                responsible, responsibleMunicipal, expectedResult, indicatorText, kpi, ItemStatus.PLANNED, null, recurring,
                null, null);
    }

    private static String blankToEmpty(String text) {
        return text == null ? "" : text.strip();
    }
}
