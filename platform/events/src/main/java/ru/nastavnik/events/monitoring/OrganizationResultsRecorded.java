package ru.nastavnik.events.monitoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import ru.nastavnik.events.EventType;
import ru.nastavnik.events.IntegrationEvent;
import ru.nastavnik.events.Topics;

/**
 * The monitoring results of one organization in one academic year («2025/2026») changed: every indicator of the target
 * model with its figures, value and status against the target, as the organization's dashboard shows them. One event per
 * organization and year per transaction of monitoring-service, however many facts changed in it; each carries the whole
 * picture, so a reader keeps the last one. {@code version} grows by one with each event of the same organization and
 * year (the order of their commits), so a reader can ignore an older one that arrives late. Counts only, no person.
 */
@EventType(value = "ru.nastavnik.monitoring.organization-results-recorded.v1", topic = Topics.MONITORING)
public record OrganizationResultsRecorded(
        UUID organizationId,
        UUID municipalityId,
        UUID regionId,
        String academicYear,
        long version,
        List<IndicatorResult> indicators) implements IntegrationEvent {

    /** How an indicator stands against its target; NO_DATA when nothing was counted. */
    public enum Status { MET, BELOW, NO_DATA }

    /**
     * One indicator. {@code kind} is SHARE (value and target in percent, numerator of denominator) or COUNT (value and
     * target are numbers, the denominator is unused); {@code value} is null when there is no data. {@code title} is the
     * indicator's Russian name in monitoring's catalogue, so readers need not keep their own copy.
     */
    public record IndicatorResult(
            String code,
            String title,
            String kind,
            BigDecimal target,
            BigDecimal value,
            Status status,
            long numerator,
            long denominator) {

        public IndicatorResult {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(status, "status");
        }
    }

    public OrganizationResultsRecorded {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(municipalityId, "municipalityId");
        Objects.requireNonNull(regionId, "regionId");
        Objects.requireNonNull(academicYear, "academicYear");
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }

    @Override
    public String aggregateId() {
        return organizationId.toString();
    }
}
