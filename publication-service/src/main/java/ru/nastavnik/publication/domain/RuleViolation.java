package ru.nastavnik.publication.domain;

/**
 * A change the rules of the bank (practices, contests, news) refuse; the state stays as it was. {@code field} is set
 * for input the user fixes.
 */
public class RuleViolation extends RuntimeException {

    private final String code;
    private final String field;

    public RuleViolation(String code, String field, String detail) {
        super(detail);
        this.code = code;
        this.field = field;
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }
}
