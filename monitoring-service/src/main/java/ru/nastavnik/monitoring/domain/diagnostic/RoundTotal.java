package ru.nastavnik.monitoring.domain.diagnostic;

import java.math.BigDecimal;
import java.util.UUID;

/** One round of one organization in figures: assignments expected and submitted, the sum of submitted averages. */
public record RoundTotal(UUID organizationId, UUID municipalityId, UUID regionId, UUID roundId, Stage stage,
        FormKind formKind, Integer quarter, long expected, long submitted, BigDecimal sumOfAverages) {
}
