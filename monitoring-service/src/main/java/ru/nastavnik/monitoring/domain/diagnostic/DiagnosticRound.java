package ru.nastavnik.monitoring.domain.diagnostic;

import java.time.Instant;
import java.util.UUID;

import ru.nastavnik.events.AcademicYear;
import ru.nastavnik.platform.security.Place;

/**
 * A quarterly round (one form, quarter 1–4 of the academic year) or the end-of-programme surveys of one pair
 * (no quarter, no single form: {@code formKind} is null).
 */
public record DiagnosticRound(UUID id, Stage stage, Place place, AcademicYear academicYear, Integer quarter,
        FormKind formKind, UUID programmeId, UUID pairId, Status status, Instant openedAt, Instant closedAt) {

    public enum Status { OPEN, CLOSED }

    public boolean open() {
        return status == Status.OPEN;
    }
}
