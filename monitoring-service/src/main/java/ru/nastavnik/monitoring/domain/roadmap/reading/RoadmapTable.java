package ru.nastavnik.monitoring.domain.roadmap.reading;

import java.util.ArrayList;
import java.util.List;

/**
 * A roadmap document reduced to what the reader needs: the text before the table (where the title is) and the
 * table's rows, each a list of cell texts (raw: line breaks, HTML and all), header rows included.
 */
public record RoadmapTable(List<String> preamble, List<List<String>> rows) {

    public RoadmapTable {
        preamble = List.copyOf(preamble);
        List<List<String>> copy = new ArrayList<>();
        for (List<String> row : rows) {
            copy.add(List.copyOf(row));
        }
        rows = List.copyOf(copy);
    }
}
