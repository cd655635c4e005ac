package ru.nastavnik.monitoring.domain.roadmap.reading;

import java.util.Locale;

/** What a roadmap table's column holds, recognized from the Russian words of its header. */
enum Column {
    NUMBER, STAGE, ACTIVITIES, PLAN, DEADLINE, RESPONSIBLE, RESPONSIBLE_MUNICIPAL, RESULT, INDICATOR, OTHER;

    /** The column a header text names; {@code OTHER} when it names none of the known ones. */
    static Column of(String header) {
        String h = header.toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("\\s+", " ").strip();
        if (h.isEmpty()) {
            return OTHER;
        }
        if (h.startsWith("№") || h.equals("n") || h.equals("no") || h.contains("п/п") || h.startsWith("номер")
                || h.equals("пункт") || h.equals("п.")) {
            return NUMBER;
        }
        if (h.contains("срок") || h.startsWith("дата") || h.contains("период") || h.startsWith("когда")
                || h.contains("время проведения")) {
            return DEADLINE;
        }
        if (h.contains("ответствен") || h.contains("исполнител") || h.contains("кто проводит")) {
            return h.contains("муниципал") ? RESPONSIBLE_MUNICIPAL : RESPONSIBLE;
        }
        if (h.contains("муниципал")) {
            return RESPONSIBLE_MUNICIPAL;
        }
        if (h.equals("оо") || h.contains("образовательн") && h.contains("организац") || h.contains("школ")
                || h.contains("учрежден")) {
            return RESPONSIBLE;
        }
        if (h.contains("показател") || h.contains("индикатор") || h.contains("критери") || h.contains("kpi")) {
            return INDICATOR;
        }
        if (h.contains("результат") || h.contains("документ") || h.contains("продукт") || h.contains("отчетн")
                || h.contains("форма отчет")) {
            return RESULT;
        }
        if (h.contains("этап") || h.startsWith("раздел") || h.startsWith("направлени")) {
            return STAGE;
        }
        if (h.contains("содерж")) {
            return ACTIVITIES;
        }
        if (h.contains("план")) {
            return PLAN;
        }
        if (h.contains("мероприят") || h.contains("наименован") || h.contains("деятельност") || h.contains("задач")
                || h.contains("действи") || h.contains("работ")) {
            return ACTIVITIES;
        }
        return OTHER;
    }

    boolean multiLine() {
        return this == ACTIVITIES || this == PLAN || this == RESULT || this == INDICATOR;
    }
}
