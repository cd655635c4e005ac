package ru.nastavnik.monitoring.domain.diagnostic;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The forms every organization starts with, modelled on the federal methodology's diagnostic and survey forms
 * (the seeds' «диагностика профессиональных компетенций», «анкета удовлетворённости»). Their ids are fixed so
 * rounds opened on a default keep pointing at it.
 */
public final class DefaultForms {

    public static final List<DiagnosticForm> ALL = List.of(
            form(FormKind.MENTOR_COMPETENCIES, "Диагностика профессиональных компетенций наставника", List.of(
                    new Criterion("subject", "Предметные знания и методика преподавания", Scale.COMPETENCE),
                    new Criterion("planning", "Проектирование урока и индивидуального плана наставляемого", Scale.COMPETENCE),
                    new Criterion("communication", "Коммуникация и выстраивание доверительных отношений", Scale.COMPETENCE),
                    new Criterion("feedback", "Умение давать конструктивную обратную связь", Scale.COMPETENCE),
                    new Criterion("reflection", "Организация рефлексии и самоанализа наставляемого", Scale.COMPETENCE),
                    new Criterion("digital", "Цифровые инструменты и дистанционные форматы", Scale.COMPETENCE))),
            form(FormKind.MENTEE_NEEDS, "Диагностика профессиональных дефицитов (запросов) наставляемого", List.of(
                    new Criterion("lesson", "Планирование и проведение урока по ФГОС", Scale.NEED),
                    new Criterion("discipline", "Организация дисциплины и работы класса", Scale.NEED),
                    new Criterion("assessment", "Оценивание образовательных результатов", Scale.NEED),
                    new Criterion("parents", "Взаимодействие с родителями", Scale.NEED),
                    new Criterion("documents", "Ведение школьной документации", Scale.NEED),
                    new Criterion("special", "Работа с детьми с особыми образовательными потребностями", Scale.NEED))),
            form(FormKind.MENTOR_SATISFACTION, "Анкета удовлетворённости участием в программе наставничества (наставник)", List.of(
                    new Criterion("organization", "Организация программы и встреч", Scale.PROCESS),
                    new Criterion("plan", "Реалистичность индивидуального плана", Scale.PROCESS),
                    new Criterion("support", "Методическая поддержка куратора", Scale.PROCESS),
                    new Criterion("interaction", "Удовлетворённость взаимодействием с наставляемым", Scale.SATISFACTION),
                    new Criterion("growth", "Собственный профессиональный рост", Scale.SATISFACTION),
                    new Criterion("overall", "Удовлетворённость участием в программе в целом", Scale.SATISFACTION))),
            form(FormKind.MENTEE_SATISFACTION, "Анкета удовлетворённости участием в программе наставничества (наставляемый)", List.of(
                    new Criterion("organization", "Организация программы и встреч", Scale.PROCESS),
                    new Criterion("plan", "Понятность целей и задач индивидуального плана", Scale.PROCESS),
                    new Criterion("availability", "Доступность наставника", Scale.PROCESS),
                    new Criterion("interaction", "Удовлетворённость взаимодействием с наставником", Scale.SATISFACTION),
                    new Criterion("results", "Полезность полученных знаний и опыта", Scale.SATISFACTION),
                    new Criterion("overall", "Удовлетворённость участием в программе в целом", Scale.SATISFACTION))),
            form(FormKind.PROGRAMME_QUALITY, "Оценка качества реализации программы наставничества", List.of(
                    new Criterion("goals", "Достижение целей персонализированной программы", Scale.QUALITY),
                    new Criterion("plan", "Выполнение индивидуального плана в срок", Scale.QUALITY),
                    new Criterion("meetings", "Регулярность и качество встреч пары", Scale.QUALITY),
                    new Criterion("feedback", "Обратная связь после встреч", Scale.QUALITY),
                    new Criterion("products", "Итоговые продукты и их применимость", Scale.QUALITY),
                    new Criterion("practice", "Готовность практики к тиражированию", Scale.QUALITY))));

    private DefaultForms() {
    }

    public static DiagnosticForm of(FormKind kind) {
        return ALL.stream().filter(f -> f.kind() == kind).findFirst().orElseThrow();
    }

    public static Optional<DiagnosticForm> byId(UUID id) {
        return ALL.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    private static DiagnosticForm form(FormKind kind, String title, List<Criterion> criteria) {
        UUID id = UUID.nameUUIDFromBytes(("nastavnik-default-form:" + kind.name() + ":1").getBytes(StandardCharsets.UTF_8));
        return new DiagnosticForm(id, kind, null, 1, title, criteria);
    }
}
