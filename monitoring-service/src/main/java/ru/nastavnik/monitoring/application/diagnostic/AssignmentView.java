package ru.nastavnik.monitoring.application.diagnostic;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

import ru.nastavnik.monitoring.domain.diagnostic.Respondent;

/** One form to fill (or as filled): the form's questions and the scores given so far. */
public record AssignmentView(UUID id, UUID roundId, UUID organizationId, Respondent respondent, UUID personId,
        String status, boolean roundOpen, String academicYear, Integer quarter, UUID pairId, FormView form,
        Map<String, Integer> scores, boolean enteredByCurator, BigDecimal averageScore) {
}
