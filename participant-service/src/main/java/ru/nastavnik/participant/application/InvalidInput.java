package ru.nastavnik.participant.application;

import java.util.List;

/**
 * Input the application refuses after looking at the state (unknown taxonomy codes, duplicates): answered
 * as 400 problem+json with per-field Russian messages, like bean validation.
 */
public class InvalidInput extends RuntimeException {

    /** One invalid field: its path in the request body and what is wrong, in Russian. */
    public record Violation(String field, String message) {
    }

    private final List<Violation> violations;

    public InvalidInput(List<Violation> violations) {
        super("Ошибка в данных запроса");
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
