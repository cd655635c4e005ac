package ru.nastavnik.monitoring.domain.diagnostic;

import java.util.UUID;

/** The sum and count of one criterion's scores in one round. */
public record CriterionTotal(UUID roundId, Stage stage, FormKind formKind, Integer quarter, String criterionCode,
        Scale scale, long sum, long count) {

    public double average() {
        return count == 0 ? 0 : (double) sum / count;
    }
}
