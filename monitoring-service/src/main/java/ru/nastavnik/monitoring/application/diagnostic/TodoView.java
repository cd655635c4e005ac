package ru.nastavnik.monitoring.application.diagnostic;

import java.util.List;
import java.util.UUID;

import ru.nastavnik.monitoring.domain.diagnostic.FormKind;

/** Outstanding forms: the person's own (assignmentId set) or, for the curator, per round and form (people listed). */
public record TodoView(UUID assignmentId, UUID roundId, UUID organizationId, FormKind formKind, String title,
        String academicYear, Integer quarter, UUID pairId, long outstanding, List<UUID> outstandingPersonIds) {
}
