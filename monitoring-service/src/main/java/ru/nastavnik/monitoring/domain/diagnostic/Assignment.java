package ru.nastavnik.monitoring.domain.diagnostic;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One form one respondent owes in a round. {@code personId} is null for the curator's programme-quality survey and
 * once the person withdrew consent. WITHDRAWN: no longer due (left the programme, withdrew consent).
 */
public record Assignment(UUID id, UUID roundId, UUID formId, FormKind formKind, Respondent respondent, UUID personId,
        Status status, boolean enteredByCurator, BigDecimal averageScore, Instant submittedAt) {

    public enum Status { DUE, SUBMITTED, WITHDRAWN }
}
