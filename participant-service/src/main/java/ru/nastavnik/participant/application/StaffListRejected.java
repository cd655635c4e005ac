package ru.nastavnik.participant.application;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A staff list refused as a whole: the file cannot be read (400, 413, 415), or some of its rows are wrong and a real
 * run writes nothing (422). {@code errors} lists every bad row: row number as the spreadsheet shows it, the column's
 * header as written in the file, and the reason in Russian.
 */
public class StaffListRejected extends RuntimeException {

    /** One reason a row (or the header row) cannot be imported; sheet is null for a CSV file. */
    public record RowError(String sheet, int row, String column, String reason) {
    }

    private final HttpStatus status;
    private final String code;
    private final List<RowError> errors;

    public StaffListRejected(HttpStatus status, String code, String detail, List<RowError> errors) {
        super(detail);
        this.status = status;
        this.code = code;
        this.errors = List.copyOf(errors);
    }

    public StaffListRejected(HttpStatus status, String code, String detail) {
        this(status, code, detail, List.of());
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String detail() {
        return getMessage();
    }

    public List<RowError> errors() {
        return errors;
    }
}
