package ru.nastavnik.events.pairing;

/** Why a pair or group was dissolved or a member replaced: a code only, never free text. */
public enum PairChangeReason {
    /** По взаимному согласию. */
    MUTUAL_AGREEMENT,
    /** Участник выбыл из организации (увольнение, перевод, выпуск). */
    LEFT_ORGANIZATION,
    /** Несовместимость участников. */
    INCOMPATIBILITY,
    /** Длительное отсутствие (болезнь, отпуск). */
    LONG_ABSENCE,
    /** Нагрузка наставника. */
    MENTOR_WORKLOAD,
    /** Цели достигнуты досрочно. */
    GOALS_ACHIEVED_EARLY,
    /** Иная причина. */
    OTHER
}
