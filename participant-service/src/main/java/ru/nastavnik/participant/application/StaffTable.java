package ru.nastavnik.participant.application;

import java.util.List;
import java.util.Map;

/**
 * A staff list as read from the file, before any check of its values: the headers as written, which column each
 * known header is, and the non-blank rows (sheet: the workbook's sheet, null for CSV) with their numbers as the spreadsheet shows them (the header row included).
 */
public record StaffTable(String sheet, List<String> headers, Map<StaffColumn, Integer> columns, List<Row> rows) {

    /** One row: cell texts by column index (null when empty) and which cells held a formula. */
    public record Row(int number, List<String> cells, List<Boolean> formulas) {

        public String cell(int index) {
            return index < cells.size() ? cells.get(index) : null;
        }

        public boolean formula(int index) {
            return index < formulas.size() && formulas.get(index);
        }
    }

    public boolean has(StaffColumn column) {
        return columns.containsKey(column);
    }

    public String header(StaffColumn column) {
        Integer index = columns.get(column);
        return index == null ? column.title() : headers.get(index);
    }
}
