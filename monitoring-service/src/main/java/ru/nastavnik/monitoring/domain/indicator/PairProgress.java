package ru.nastavnik.monitoring.domain.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;

/**
 * One pair or group behind an organization's indicators: its form, size, state, plan progress, meetings and
 * feedback. Ids and counts only; who the members are stays in pairing-service.
 */
public record PairProgress(UUID pairId, String roleModel, String format, int menteeCount, String status, long tasksDone,
        long tasksTotal, long meetingsHeld, long feedbackGiven, long feedbackExpected, long finalMeetingAttended,
        long finalMeetingParticipants) {

    /** Tasks done as a percentage of all tasks, one decimal; null while the pair has no tasks. */
    public BigDecimal planFulfilment() {
        return tasksTotal <= 0 ? null
                : BigDecimal.valueOf(tasksDone * 100).divide(BigDecimal.valueOf(tasksTotal), 1, RoundingMode.HALF_UP);
    }
}
