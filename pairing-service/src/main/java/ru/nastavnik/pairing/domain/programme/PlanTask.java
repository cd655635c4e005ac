package ru.nastavnik.pairing.domain.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** A task of a programme: a deadline and an expected result; done on a date, by someone (a username). */
public record PlanTask(UUID id, String title, LocalDate deadline, String expectedResult, LocalDate doneOn, Instant doneAt,
        String doneBy) {

    public PlanTask {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(expectedResult, "expectedResult");
    }

    public boolean done() {
        return doneOn != null;
    }

    public PlanTask doneBy(String who, LocalDate on, Instant at) {
        return new PlanTask(id, title, deadline, expectedResult, on, at, who);
    }
}
