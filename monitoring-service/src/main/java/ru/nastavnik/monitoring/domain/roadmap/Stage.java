package ru.nastavnik.monitoring.domain.roadmap;

import java.util.Arrays;
import java.util.Optional;

/**
 * The ten stages every roadmap repeats (DOMAIN.md). An item's stage is free text, so imported roadmaps keep their
 * own wording; these titles are what templates use and what the editor offers.
 */
public enum Stage {
    PREPARATION("Подготовка условий для внедрения целевой модели наставничества"),
    MENTEE_BANK("Формирование банка наставляемых"),
    MENTOR_BANK("Формирование банка наставников"),
    SELECTION_AND_TRAINING("Отбор и обучение наставников"),
    FORMING_PAIRS("Формирование наставнических пар и групп"),
    WORK_OF_PAIRS("Организация работы наставнических пар и групп"),
    MONITORING("Мониторинг реализации программ наставничества"),
    COMPLETION("Завершение персонализированных программ наставничества"),
    INFORMATION_SUPPORT("Информационная поддержка системы наставничества"),
    CONTROL("Контроль реализации дорожной карты");

    private final String title;

    Stage(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** The standard stage a written stage title names exactly, if any. */
    public static Optional<Stage> ofTitle(String text) {
        return Arrays.stream(values()).filter(s -> s.title.equalsIgnoreCase(text == null ? "" : text.strip())).findFirst();
    }
}
