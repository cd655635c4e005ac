package ru.nastavnik.monitoring.domain.indicator;

import java.math.BigDecimal;

/**
 * The federal indicators of the target model that the platform computes from live events (DOMAIN.md, stages 3–10).
 * A share indicator is {@code numerator / denominator} against a percentage target; a count indicator is the
 * numerator against a minimum count (the denominator is unused).
 */
public enum Indicator {

    MENTORS_SHARE_OF_TEACHING_STAFF("Доля наставников от педагогического состава", Kind.SHARE, new BigDecimal("5")),
    PARTICIPANTS_IN_PAIRS("Участники программы в парах и группах", Kind.SHARE, new BigDecimal("100")),
    PLAN_FULFILMENT("Выполнение индивидуальных планов", Kind.SHARE, new BigDecimal("90")),
    FEEDBACK_AFTER_MEETINGS("Обратная связь после встреч", Kind.SHARE, new BigDecimal("100")),
    DIAGNOSTICS_COVERAGE("Охват диагностикой", Kind.SHARE, new BigDecimal("100")),
    FINAL_MEETING_PARTICIPATION("Участие в итоговой встрече", Kind.SHARE, new BigDecimal("90")),
    ROADMAP_ON_TIME("Пункты дорожной карты, выполненные в срок", Kind.SHARE, new BigDecimal("100")),
    PRACTICES_PUBLISHED("Опубликованные практики", Kind.COUNT, new BigDecimal("2"));

    public enum Kind { SHARE, COUNT }

    private final String title;
    private final Kind kind;
    private final BigDecimal target;

    Indicator(String title, Kind kind, BigDecimal target) {
        this.title = title;
        this.kind = kind;
        this.target = target;
    }

    /** The Russian name shown in dashboards and reports. */
    public String title() {
        return title;
    }

    public Kind kind() {
        return kind;
    }

    /** Percent for a share, a minimum number for a count. */
    public BigDecimal target() {
        return target;
    }
}
