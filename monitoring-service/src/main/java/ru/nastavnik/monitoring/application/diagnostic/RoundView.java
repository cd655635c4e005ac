package ru.nastavnik.monitoring.application.diagnostic;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import ru.nastavnik.monitoring.domain.diagnostic.FormKind;
import ru.nastavnik.monitoring.domain.diagnostic.Respondent;
import ru.nastavnik.monitoring.domain.diagnostic.Stage;

/**
 * A round with its figures; {@code assignments} (person ids) only for the organization's curator, null otherwise.
 */
public record RoundView(UUID id, UUID organizationId, Stage stage, String academicYear, Integer quarter,
        FormKind formKind, UUID programmeId, UUID pairId, String status, Instant openedAt, Instant closedAt,
        long expected, long submitted, List<AssignmentRow> assignments) {

    public record AssignmentRow(UUID id, FormKind formKind, Respondent respondent, UUID personId, String status,
            boolean enteredByCurator, java.math.BigDecimal averageScore) {
    }
}
