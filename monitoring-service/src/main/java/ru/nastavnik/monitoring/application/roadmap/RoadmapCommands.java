package ru.nastavnik.monitoring.application.roadmap;

import java.util.UUID;

/** What the editor sends. Every change names the roadmap version it was made on. */
public final class RoadmapCommands {

    private RoadmapCommands() {
    }

    /** A new roadmap for an owner and academic year («2025/2026»), from the standard template or empty. */
    public record Create(UUID ownerId, String academicYear, Boolean fromTemplate, String title) {
    }

    public record Rename(Integer version, String title) {
    }

    /** A deadline as the editor knows it: the text as written, optional ISO dates, a recurrence. */
    public record DeadlineInput(String original, String from, String to, String recurrence) {
    }

    /** An item's content; {@code parentId} and {@code position} only matter when adding. */
    public record ItemInput(Integer version, UUID parentId, Integer position, String stage, String activities,
            DeadlineInput deadline, String responsible, String responsibleMunicipal, String expectedResult,
            String indicatorText, String kpi, Boolean recurring) {
    }

    public record Move(Integer version, UUID parentId, Integer position) {
    }

    public record StatusChange(Integer version, String status, String doneOn) {
    }

    public record EvidenceLink(Integer version, String link) {
    }
}
