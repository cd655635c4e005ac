package ru.nastavnik.pairing.application;

import java.time.Instant;
import java.util.UUID;

import ru.nastavnik.pairing.domain.programme.Side;

/**
 * One line of a pair's online diary: a meeting (MEETING), a participant's feedback after it (FEEDBACK) or a task
 * done (TASK_DONE). Fields that do not apply to the kind are null.
 */
public record DiaryEntry(Instant at, String kind, UUID meetingId, String meetingType, String title, UUID personId,
        Side side, Integer usefulness, String wentWell, String difficulties, String nextSteps, String notes, UUID taskId,
        Boolean outstanding) {
}
