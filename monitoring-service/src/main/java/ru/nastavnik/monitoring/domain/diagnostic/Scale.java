package ru.nastavnik.monitoring.domain.diagnostic;

/** What a criterion measures; the quality stage averages the end-of-programme surveys per scale. */
public enum Scale {
    COMPETENCE("Компетенции"),
    NEED("Дефициты"),
    PROCESS("Процесс"),
    SATISFACTION("Удовлетворённость"),
    QUALITY("Качество реализации");

    private final String title;

    Scale(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
