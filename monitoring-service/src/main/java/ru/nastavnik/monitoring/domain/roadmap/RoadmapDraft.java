package ru.nastavnik.monitoring.domain.roadmap;

import java.util.List;

/**
 * A roadmap read from a document: its title (as the document states it), the items in document order, and
 * warnings for what the reader recovered by guessing (shown to the curator before the import is confirmed).
 */
public record RoadmapDraft(String title, List<DraftItem> items, List<String> warnings) {

    public RoadmapDraft {
        items = List.copyOf(items);
        warnings = List.copyOf(warnings);
    }
}
